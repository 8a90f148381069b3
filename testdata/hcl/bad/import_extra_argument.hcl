# want: 6:3 Unsupported argument
schema "public" {}

import {
  to = table.events
  id = "public.events"
}

table "events" {
  schema = schema.public
  column "id" {
    type = bigint
  }
}
