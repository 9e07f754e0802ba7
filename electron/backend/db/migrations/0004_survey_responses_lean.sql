PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_survey_responses` (
	`id` integer PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`version` integer NOT NULL,
	`response_key` text NOT NULL,
	`submitted_at` text,
	`quarter` text NOT NULL,
	`channel` text,
	`segment` text,
	`language` text,
	`batch_id` integer NOT NULL,
	`closed_answers` text NOT NULL,
	`choice_answers` text
);
--> statement-breakpoint
INSERT INTO `__new_survey_responses`("id", "survey_id", "version", "response_key", "submitted_at", "quarter", "channel", "segment", "language", "batch_id", "closed_answers", "choice_answers") SELECT "id", "survey_id", "version", "response_key", "submitted_at", "quarter", "channel", "segment", "language", "batch_id", "closed_answers", "choice_answers" FROM `survey_responses`;--> statement-breakpoint
DROP TABLE `survey_responses`;--> statement-breakpoint
ALTER TABLE `__new_survey_responses` RENAME TO `survey_responses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_key` ON `survey_responses` (`survey_id`,`response_key`);