// The commands the app manifest allows (deny by default); shared by build.rs and the shell.
&[
    "workspace_status",
    "workspace_load_demo",
    "workspace_move_aside_corrupt",
    "inbox_list",
    "inbox_facets",
    "conversation_open",
    "conversation_set_status",
    "conversation_assign",
    "conversation_set_tags",
    "note_add",
    "draft_save",
    "reply_send",
    "settings_get",
    "settings_set_locale",
    "settings_set_time_zone",
]
