CREATE TABLE `benchmarks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`measure` text NOT NULL,
	`unit` text NOT NULL,
	`channel` text,
	`value` real NOT NULL,
	`source` text NOT NULL,
	`as_of` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `benchmarks_code_unique` ON `benchmarks` (`code`);--> statement-breakpoint
CREATE TABLE `compact_block_texts` (
	`block_id` integer NOT NULL,
	`language` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`block_id`, `language`),
	FOREIGN KEY (`block_id`) REFERENCES `compact_blocks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `compact_blocks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`standard_code` text,
	FOREIGN KEY (`version_id`) REFERENCES `compact_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `compact_blocks_version` ON `compact_blocks` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `compact_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`languages` text NOT NULL,
	`adopted_on` text,
	`approved_by` text,
	`superseded_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "compact_versions_status" CHECK("compact_versions"."status" in ('draft', 'adopted', 'superseded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `compact_versions_version_unique` ON `compact_versions` (`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `compact_versions_one_draft` ON `compact_versions` (`status`) WHERE status = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX `compact_versions_one_adopted` ON `compact_versions` (`status`) WHERE status = 'adopted';--> statement-breakpoint
CREATE TABLE `customer_segments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`kind` text NOT NULL,
	`estimated_per_year` integer,
	`languages` text NOT NULL,
	`channels` text NOT NULL,
	`priority` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customer_segments_code_unique` ON `customer_segments` (`code`);--> statement-breakpoint
CREATE TABLE `service_segments` (
	`service_id` integer NOT NULL,
	`segment_id` integer NOT NULL,
	PRIMARY KEY(`service_id`, `segment_id`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`segment_id`) REFERENCES `customer_segments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `service_segments_segment` ON `service_segments` (`segment_id`);--> statement-breakpoint
CREATE TABLE `service_standards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`service_id` integer NOT NULL,
	`channel` text,
	`measure` text NOT NULL,
	`unit` text NOT NULL,
	`comparator` text NOT NULL,
	`target` real NOT NULL,
	`period_kind` text NOT NULL,
	`data_source` text NOT NULL,
	`source_reference` text,
	`effective_from` text,
	`effective_to` text,
	`status` text NOT NULL,
	`published` integer NOT NULL,
	`wording` text,
	`baseline` real,
	`baseline_period` text,
	`goal` real,
	`goal_period` text,
	`benchmark_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`benchmark_id`) REFERENCES `benchmarks`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "service_standards_comparator" CHECK("service_standards"."comparator" in ('at-most', 'at-least')),
	CONSTRAINT "service_standards_status" CHECK("service_standards"."status" in ('draft', 'adopted', 'retired'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_standards_code_unique` ON `service_standards` (`code`);--> statement-breakpoint
CREATE INDEX `service_standards_service` ON `service_standards` (`service_id`);--> statement-breakpoint
CREATE TABLE `service_volumes` (
	`service_id` integer NOT NULL,
	`channel` text NOT NULL,
	`period` text NOT NULL,
	`transactions` integer NOT NULL,
	PRIMARY KEY(`service_id`, `channel`, `period`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "service_volumes_transactions" CHECK("service_volumes"."transactions" >= 0)
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`channels` text NOT NULL,
	`peak_days` text NOT NULL,
	`peak_hours` text NOT NULL,
	`peak_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_code_unique` ON `services` (`code`);--> statement-breakpoint
CREATE TABLE `standard_measurements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_id` integer NOT NULL,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`n` integer,
	`source` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`standard_id`) REFERENCES `service_standards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `standard_measurements_period` ON `standard_measurements` (`standard_id`,`period`);