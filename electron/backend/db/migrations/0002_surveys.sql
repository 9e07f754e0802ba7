CREATE TABLE `survey_response_batches` (
	`id` integer PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`source` text NOT NULL,
	`file_name` text,
	`created_at` text NOT NULL,
	`imported` integer NOT NULL,
	`duplicates` integer NOT NULL,
	`rejected` integer NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "survey_response_batches_source" CHECK("survey_response_batches"."source" in ('file', 'paper'))
);
--> statement-breakpoint
CREATE TABLE `survey_responses` (
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
	`choice_answers` text,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_key` ON `survey_responses` (`survey_id`,`response_key`);--> statement-breakpoint
CREATE TABLE `survey_tallies` (
	`survey_id` integer NOT NULL,
	`version` integer NOT NULL,
	`question_code` text NOT NULL,
	`dimension` text NOT NULL,
	`group_value` text NOT NULL,
	`answer` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `dimension`, `version`, `question_code`, `group_value`, `answer`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "survey_tallies_dimension" CHECK("survey_tallies"."dimension" in ('all', 'channel', 'segment', 'language', 'quarter'))
);
--> statement-breakpoint
CREATE TABLE `survey_text_answers` (
	`id` integer PRIMARY KEY NOT NULL,
	`response_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	`question_code` text NOT NULL,
	`text` text NOT NULL,
	`for_plan` integer DEFAULT false NOT NULL,
	`marked_at` text,
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_text_answers_question` ON `survey_text_answers` (`survey_id`,`question_code`);--> statement-breakpoint
CREATE TABLE `survey_versions` (
	`survey_id` integer NOT NULL,
	`version` integer NOT NULL,
	`questions` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`survey_id`, `version`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY NOT NULL,
	`uid` text NOT NULL,
	`title` text NOT NULL,
	`template` text NOT NULL,
	`audience` text NOT NULL,
	`period` text NOT NULL,
	`fielding_start` text,
	`fielding_end` text,
	`channels` text NOT NULL,
	`segments` text NOT NULL,
	`languages` text NOT NULL,
	`offered` integer,
	`min_cell_size` integer,
	`current_version` integer NOT NULL,
	`cloned_from` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`cloned_from`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "surveys_template" CHECK("surveys"."template" in ('customer', 'employee')),
	CONSTRAINT "surveys_audience" CHECK("surveys"."audience" in ('customer', 'employee'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_uid_unique` ON `surveys` (`uid`);