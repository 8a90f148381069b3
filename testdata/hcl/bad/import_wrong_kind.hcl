# want: 5:8 Invalid import target
schema "public" {}

import {
  to = schema.public
}
