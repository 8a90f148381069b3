# want: 5:8 Reference to undeclared enum
schema "public" {}

import {
  to = enum.public.level
}
