CREATE SCHEMA "Sales Data";
CREATE TABLE "order" (
    "user" text NOT NULL,
    "select" integer,
    "CamelCase" text,
    "with space" text,
    "quote""inside" text,
    "naïve_café" text,
    "日本語" text,
    CONSTRAINT "order_pkey" PRIMARY KEY ("user")
);
CREATE TABLE "Sales Data"."User Accounts" (
    "Id" integer NOT NULL,
    "Owner" text NOT NULL,
    CONSTRAINT "User Accounts_pkey" PRIMARY KEY ("Id"),
    CONSTRAINT "Owner → order" FOREIGN KEY ("Owner") REFERENCES public."order" ("user"),
    CONSTRAINT "Id positive" CHECK ("Id" > 0)
);
CREATE INDEX "Idx on CamelCase" ON "order" ("CamelCase", "日本語");
