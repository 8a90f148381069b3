-- What the schema needs and the HCL does not declare: extensions are
-- created outside schemactl (docs/commands.md, inspect).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
