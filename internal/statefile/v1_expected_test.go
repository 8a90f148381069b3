package statefile

import "github.com/schemactl/schemactl/internal/models"

// The models that schemactl at commit d2511990 (format_version 1, before
// this package) decoded from the states in testdata/state/v1, printed as
// Go by a throwaway program when the fixtures were made. They are written
// out here, not decoded from another file, so that no change to any JSON
// tag can move the expectation along with the format.

// v1Monitoring is monitoring.state.json and monitoring.column.json.
func v1Monitoring() *models.Realm {
	return &models.Realm{Schemas: []*models.Schema{
		{Name: "public", Tables: []*models.Table{
			{Schema: "public", Name: "alert_events", Comment: "One row per alert raised by the health prober", Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "uuid"}, Default: "gen_random_uuid()"},
				{Name: "service_name", Type: models.Type{Name: "text"}},
				{Name: "alert_type", Type: models.Type{Name: "text"}, Comment: "service_down, service_degraded or recovery"},
				{Name: "status", Type: models.Type{Name: "text"}, Default: "'active'", Comment: "active, acknowledged or resolved"},
				{Name: "message", Type: models.Type{Name: "text"}},
				{Name: "details", Type: models.Type{Name: "jsonb"}, Nullable: true},
				{Name: "health_check_id", Type: models.Type{Name: "uuid"}, Nullable: true, Comment: "The health check that raised the alert; null once that check is deleted"},
				{Name: "created_at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()"},
				{Name: "acknowledged_at", Type: models.Type{Name: "timestamp with time zone"}, Nullable: true},
				{Name: "resolved_at", Type: models.Type{Name: "timestamp with time zone"}, Nullable: true},
			}, PrimaryKey: &models.PrimaryKey{Name: "alert_events_pkey", Columns: []string{"id"}}, Checks: []*models.Check{
				{Name: "alert_events_alert_type_check", Expr: "alert_type IN ('service_down', 'service_degraded', 'recovery')"},
				{Name: "alert_events_status_check", Expr: "status IN ('active', 'acknowledged', 'resolved')"},
			}, ForeignKeys: []*models.ForeignKey{
				{Name: "alert_events_health_check_id_fkey", Columns: []string{"health_check_id"}, RefSchema: "public", RefTable: "service_health_checks", RefColumns: []string{"id"}, OnDelete: "SET NULL", OnUpdate: "NO ACTION"},
			}, Indexes: []*models.Index{
				{Name: "idx_alert_events_active", Method: "btree", Parts: []models.IndexPart{
					{Column: "service_name"},
				}, Where: "status = 'active'"},
				{Name: "idx_alert_events_created_at", Method: "btree", Parts: []models.IndexPart{
					{Column: "created_at"},
				}},
				{Name: "idx_alert_events_service_created", Method: "btree", Parts: []models.IndexPart{
					{Column: "service_name"},
					{Column: "created_at", Desc: true, NullsFirst: true},
				}},
			}, RowSecurity: models.RowSecurity{Enabled: true}, Policies: []*models.Policy{
				{Name: "alert_events_service_role_all", Command: "ALL", As: "PERMISSIVE", Roles: []string{"service_role"}, Using: "true", Check: "true"},
			}, Lifecycle: models.Lifecycle{PreventDestroy: true}},
			{Schema: "public", Name: "service_health_checks", Comment: "One row per probe of a service by the health prober", Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "uuid"}, Default: "gen_random_uuid()"},
				{Name: "service_name", Type: models.Type{Name: "text"}, Comment: "Name of the probed service, as the prober knows it"},
				{Name: "status", Type: models.Type{Name: "text"}, Comment: "healthy, degraded or down"},
				{Name: "latency_ms", Type: models.Type{Name: "integer"}, Nullable: true, Comment: "Round-trip time of the probe in milliseconds; null when the probe timed out"},
				{Name: "error_message", Type: models.Type{Name: "text"}, Nullable: true},
				{Name: "probe_details", Type: models.Type{Name: "jsonb"}, Nullable: true, Comment: "Raw probe output, for debugging"},
				{Name: "checked_at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()", Comment: "When the probe ran"},
				{Name: "created_at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()"},
			}, PrimaryKey: &models.PrimaryKey{Name: "service_health_checks_pkey", Columns: []string{"id"}}, Checks: []*models.Check{
				{Name: "service_health_checks_latency_ms_check", Expr: "latency_ms >= 0"},
				{Name: "service_health_checks_status_check", Expr: "status IN ('healthy', 'degraded', 'down')"},
			}, Indexes: []*models.Index{
				{Name: "idx_service_health_checks_created_at", Method: "btree", Parts: []models.IndexPart{
					{Column: "created_at"},
				}},
				{Name: "idx_service_health_checks_service_created", Method: "btree", Parts: []models.IndexPart{
					{Column: "service_name"},
					{Column: "created_at", Desc: true, NullsFirst: true},
				}},
			}, RowSecurity: models.RowSecurity{Enabled: true}, Policies: []*models.Policy{
				{Name: "service_health_checks_service_role_all", Command: "ALL", As: "PERMISSIVE", Roles: []string{"service_role"}, Using: "true", Check: "true"},
			}, Lifecycle: models.Lifecycle{PreventDestroy: true}},
		}},
	}}
}

// v1Full is full.state.json and full.column.json.
func v1Full() *models.Realm {
	return &models.Realm{Schemas: []*models.Schema{
		{Name: "app", Exclusive: true, Enums: []*models.Enum{
			{Schema: "app", Name: "priority", Values: []string{"low", "normal", "high"}},
		}, Tables: []*models.Table{
			{Schema: "app", Name: "tenants", Comment: "One row per customer", Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "integer"}, Identity: &models.Identity{Generated: "ALWAYS"}},
				{Name: "slug", Type: models.Type{Name: "character varying", Modifiers: []int{64}}, Comment: "URL name; 'quoted' and \"double quoted\" <html> & unicode: café"},
				{Name: "credit", Type: models.Type{Name: "numeric", Modifiers: []int{12, 2}}, Default: "0"},
			}, PrimaryKey: &models.PrimaryKey{Name: "tenants_primary", Columns: []string{"id"}}, Uniques: []*models.Unique{
				{Name: "tenants_slug_key", Columns: []string{"slug"}},
			}, Checks: []*models.Check{
				{Name: "tenants_credit_check", Expr: "credit >= 0"},
			}, Lifecycle: models.Lifecycle{PreventDestroy: true}},
			{Schema: "app", Name: "users", Columns: []*models.Column{
				{Name: "tenant_id", Type: models.Type{Name: "integer"}},
				{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: "BY DEFAULT"}},
				{Name: "manager_id", Type: models.Type{Name: "bigint"}, Nullable: true},
				{Name: "tenant_slug", Type: models.Type{Name: "character varying", Modifiers: []int{64}}, Default: "'main'"},
				{Name: "priority", Type: models.Type{Name: "priority", EnumSchema: "app"}, Default: "'normal'"},
				{Name: "priorities", Type: models.Type{Name: "priority", Array: true, EnumSchema: "app"}, Nullable: true},
			}, PrimaryKey: &models.PrimaryKey{Name: "users_pkey", Columns: []string{"tenant_id", "id"}}, Uniques: []*models.Unique{
				{Name: "users_id_key", Columns: []string{"id"}},
			}, ForeignKeys: []*models.ForeignKey{
				{Name: "users_manager_fkey", Columns: []string{"manager_id"}, RefSchema: "app", RefTable: "users", RefColumns: []string{"id"}, OnDelete: "SET NULL", OnUpdate: "CASCADE", Deferrable: true, InitiallyDeferred: true},
				{Name: "users_tenant_id_fkey", Columns: []string{"tenant_id"}, RefSchema: "app", RefTable: "tenants", RefColumns: []string{"id"}, OnDelete: "CASCADE", OnUpdate: "RESTRICT"},
				{Name: "users_tenant_slug_fkey", Columns: []string{"tenant_slug"}, RefSchema: "app", RefTable: "tenants", RefColumns: []string{"slug"}, OnDelete: "SET DEFAULT", OnUpdate: "NO ACTION", Deferrable: true},
			}},
		}},
		{Name: "public", Enums: []*models.Enum{
			{Schema: "public", Name: "mood", Values: []string{"sad", "ok", "happy"}},
		}, Tables: []*models.Table{
			{Schema: "public", Name: "audit", Columns: []*models.Column{
				{Name: "at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()"},
				{Name: "what", Type: models.Type{Name: "text"}},
			}},
			{Schema: "public", Name: "documents", Comment: "Documents, indexed every way", Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "bigint"}},
				{Name: "tenant_id", Type: models.Type{Name: "integer"}},
				{Name: "owner", Type: models.Type{Name: "text"}},
				{Name: "title", Type: models.Type{Name: "character varying", Modifiers: []int{500}}, Comment: "Shown in lists"},
				{Name: "body", Type: models.Type{Name: "jsonb"}},
				{Name: "tags", Type: models.Type{Name: "text", Array: true}, Default: "'{}'::text[]"},
				{Name: "mood", Type: models.Type{Name: "mood", EnumSchema: "public"}, Nullable: true},
				{Name: "published_at", Type: models.Type{Name: "timestamp with time zone", Modifiers: []int{3}}, Nullable: true},
				{Name: "location", Type: models.Type{Name: "point"}, Nullable: true},
				{Name: "ratio", Type: models.Type{Name: "double precision"}, Nullable: true},
			}, PrimaryKey: &models.PrimaryKey{Name: "documents_pkey", Columns: []string{"id"}}, Checks: []*models.Check{
				{Name: "documents_title_check", Expr: "length(title) > 0 AND title <> 'x'"},
			}, ForeignKeys: []*models.ForeignKey{
				{Name: "documents_tenant_fkey", Columns: []string{"tenant_id"}, RefSchema: "app", RefTable: "tenants", RefColumns: []string{"id"}, OnDelete: "NO ACTION", OnUpdate: "NO ACTION"},
			}, Indexes: []*models.Index{
				{Name: "documents_body_idx", Method: "gin", Parts: []models.IndexPart{
					{Column: "body"},
				}},
				{Name: "documents_body_path_idx", Method: "gin", Parts: []models.IndexPart{
					{Column: "body", OpClass: "jsonb_path_ops"},
				}},
				{Name: "documents_id_brin", Method: "brin", Parts: []models.IndexPart{
					{Column: "id"},
				}},
				{Name: "documents_location_idx", Method: "gist", Parts: []models.IndexPart{
					{Column: "location"},
				}},
				{Name: "documents_lower_title_idx", Unique: true, Method: "btree", Parts: []models.IndexPart{
					{Expr: "lower((title)::text)"},
				}, Concurrently: true},
				{Name: "documents_owner_hash", Method: "hash", Parts: []models.IndexPart{
					{Column: "owner"},
				}},
				{Name: "documents_owner_published_idx", Method: "btree", Parts: []models.IndexPart{
					{Column: "owner", OpClass: "text_pattern_ops"},
					{Column: "published_at", Desc: true},
				}, Where: "published_at IS NOT NULL", Include: []string{"title"}},
				{Name: "documents_published_nulls_first", Method: "btree", Parts: []models.IndexPart{
					{Column: "published_at", NullsFirst: true},
				}},
			}, RowSecurity: models.RowSecurity{Enabled: true, Forced: true}, Policies: []*models.Policy{
				{Name: "documents_all", Command: "ALL", As: "PERMISSIVE", Roles: []string{"service_role"}, Using: "true", Check: "true"},
				{Name: "documents_delete", Command: "DELETE", As: "PERMISSIVE", Roles: []string{"authenticated"}, Using: "owner = current_user"},
				{Name: "documents_insert", Command: "INSERT", As: "PERMISSIVE", Roles: []string{"authenticated"}, Check: "owner = current_user"},
				{Name: "documents_public_read", Command: "SELECT", As: "PERMISSIVE", Roles: []string{"PUBLIC"}, Using: "published_at IS NOT NULL"},
				{Name: "documents_restrict", Command: "UPDATE", As: "RESTRICTIVE", Roles: []string{"anon", "authenticated"}, Using: "owner = current_user", Check: "owner = current_user"},
			}},
		}},
	}}
}
