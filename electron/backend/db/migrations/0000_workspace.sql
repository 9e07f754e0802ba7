CREATE TABLE `department_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`mission` text,
	`website` text,
	`public_phone` text,
	`address` text,
	`coordinator_name` text NOT NULL,
	`coordinator_title` text,
	`coordinator_email` text NOT NULL,
	`coordinator_phone` text,
	`reports_to` text,
	`designated_on` text,
	`updated_at` text NOT NULL,
	CONSTRAINT "department_profile_singleton" CHECK("department_profile"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `office_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`executive_leader` text,
	`email` text,
	`website` text,
	`updated_at` text NOT NULL,
	CONSTRAINT "office_profile_singleton" CHECK("office_profile"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `workspace_meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by_app_version` text NOT NULL,
	`last_written_by_app_version` text NOT NULL,
	`last_backup_at` text,
	`last_backup_path` text,
	`last_backup_bytes` integer,
	CONSTRAINT "workspace_meta_singleton" CHECK("workspace_meta"."id" = 1),
	CONSTRAINT "workspace_meta_mode" CHECK("workspace_meta"."mode" in ('department', 'office'))
);
