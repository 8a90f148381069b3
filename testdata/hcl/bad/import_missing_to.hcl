# want: 4:1 Missing required argument
schema "public" {}

import {
}
