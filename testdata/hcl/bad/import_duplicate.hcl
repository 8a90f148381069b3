# want: 9:8 Duplicate import
schema "public" {}

import {
  to = table.events
}

import {
  to = table.public.events
}

table "events" {
  schema = schema.public
  column "id" {
    type = bigint
  }
}
