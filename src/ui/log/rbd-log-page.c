/* rbd-log-page.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-log-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rbd-checkin-editor.h"
#include "rbd-checkin-reminder.h"
#include "rbd-checkins-card.h"
#include "rbd-cooldown.h"
#include "rbd-dates.h"
#include "rbd-gpx-reader.h"
#include "rbd-gpx-times-dialog.h"
#include "rbd-history-header.h"
#include "rbd-history-model.h"
#include "rbd-history-week.h"
#include "rbd-kind.h"
#include "rbd-load-card.h"
#include "rbd-log-page.h"
#include "rbd-plan-lighten.h"
#include "rbd-plan-util.h"
#include "rbd-readiness-card.h"
#include "rbd-session-detail.h"
#include "rbd-session-editor.h"
#include "rbd-session-row.h"
#include "rbd-shoes-view.h"
#include "rbd-training-load.h"

/* The Log page: the history of logged sessions (newest first, a heading
 * with the totals over each week, search and filters) beside either the
 * overview (readiness, check-ins, training load, shoes) or one session
 * with its route on a map. On a narrow window the two sides are pages of
 * a leaflet.
 *
 * Everything shown comes from the store's lists through the core's
 * functions (load, readiness, shoe usage, GPX import); everything changed
 * goes into the store's lists, which save themselves. Commands are "log."
 * actions, so that buttons, shortcuts, toasts and tests go the same way;
 * their shortcuts work while the page is shown. Changes can be undone
 * from their toast while it is shown. */

typedef enum
{
  UNDO_DELETE,
  UNDO_EDIT,
  UNDO_IMPORT,
  UNDO_LIGHTEN,
} UndoKind;

typedef struct
{
  UndoKind    kind;
  RbdSession *session;
  RbdRecord  *before;     /* UNDO_EDIT: the session as it was */
  guint       position;   /* UNDO_DELETE: where it was in the store */
  GArray     *edits;      /* UNDO_LIGHTEN */
} UndoEntry;

typedef enum
{
  RANGE_ANY,
  RANGE_7_DAYS,
  RANGE_4_WEEKS,
  RANGE_12_WEEKS,
  RANGE_12_MONTHS,
  RANGE_CUSTOM,
} RangeChoice;

typedef struct
{
  RbdLogPage *page;
  char       *path;
  char       *display_name;
} ImportJob;

enum {
  REFRESH_HISTORY  = 1 << 0,
  REFRESH_OVERVIEW = 1 << 1,
  REFRESH_DETAIL   = 1 << 2,
  REFRESH_ALL      = REFRESH_HISTORY | REFRESH_OVERVIEW | REFRESH_DETAIL,
};

struct _RbdLogPage
{
  GtkWidget             parent_instance;

  RbdStore             *store;
  RbdNotifier          *notifier;
  GSettings            *settings;
  RbdCheckinReminder   *reminder;
  RbdLogNowFunc         now_func;
  gpointer              now_data;

  GtkCustomFilter      *filter;
  GtkCustomSorter      *sorter;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  RbdHistoryModel      *history;
  GtkSingleSelection   *selection;

  GHashTable           *planned_by_id;  /* borrowed: id -> RbdPlannedSession; NULL when stale */

  char                 *search;         /* case-folded, or NULL */
  int                   kind_filter;    /* an RbdKind, or -1 for all */
  GDate                 range_from;     /* invalid: open */
  GDate                 range_to;
  GDate                 custom_from;
  GDate                 custom_to;

  gboolean              imperial;
  GDateWeekday          first_weekday;
  GDate                 today;          /* the day the overview was made for */

  guint                 refresh_flags;
  guint                 refresh_idle_id;
  guint                 day_timeout_id;
  guint                 start_idle_id;
  guint                 navigation_idle_id;

  GHashTable           *undo_entries;   /* serial -> UndoEntry */
  guint                 last_undo_serial;

  GtkFileChooserNative *import_chooser;
  GCancellable         *cancellable;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *back_button;
  GtkWidget            *overview_button;
  GtkRevealer          *state_revealer;
  GtkLabel             *state_label;
  AdwLeaflet           *leaflet;
  GtkWidget            *history_pane;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *filter_button;
  GtkDropDown          *kind_dropdown;
  GtkDropDown          *range_dropdown;
  GtkWidget            *custom_range_box;
  GtkMenuButton        *from_button;
  GtkCalendar          *from_calendar;
  GtkMenuButton        *to_button;
  GtkCalendar          *to_calendar;
  GtkStack             *history_stack;
  GtkListView          *history_view;
  GtkStack             *content_stack;
  GtkWidget            *overview_scroller;
  RbdReadinessCard     *readiness_card;
  RbdCheckinsCard      *checkins_card;
  RbdLoadCard          *load_card;
  RbdShoesView         *shoes_view;
  RbdSessionDetail     *session_detail;
};

G_DEFINE_FINAL_TYPE (RbdLogPage, rbd_log_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_NOTIFIER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void schedule_refresh (RbdLogPage *self,
                              guint       flags);
static void show_session     (RbdLogPage *self,
                              RbdSession *session,
                              gboolean    navigate);
static void show_overview    (RbdLogPage *self);

/* Helpers */

static gboolean
is_editable (RbdLogPage *self)
{
  return self->store != NULL && rbd_store_get_state (self->store) == RBD_STORE_STATE_READY;
}

static GtkWindow *
get_window (RbdLogPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
get_today (RbdLogPage *self,
           GDate      *today)
{
  rbd_log_today (self->now_func, self->now_data, today);
}

static RbdSession *
find_session (RbdLogPage *self,
              const char *id,
              guint      *position)
{
  GListModel *sessions;
  guint n;

  if (self->store == NULL || id == NULL)
    return NULL;

  sessions = G_LIST_MODEL (rbd_store_get_sessions (self->store));
  n = g_list_model_get_n_items (sessions);
  /* New sessions are appended: look from the end. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (sessions, i - 1);

      if (g_strcmp0 (rbd_record_get_id (session), id) == 0)
        {
          if (position != NULL)
            *position = i - 1;
          /* The list keeps it alive. */
          return RBD_SESSION (session);
        }
    }

  return NULL;
}

/* The title of the planned session @session was logged for, or NULL. */
static const char *
get_planned_title (RbdLogPage *self,
                   RbdSession *session)
{
  const char *planned_id = rbd_record_get_string (RBD_RECORD (session), "planned_id");
  RbdRecord *planned;
  const char *title;

  if (planned_id == NULL || self->store == NULL)
    return NULL;

  if (self->planned_by_id == NULL)
    {
      GListModel *list = G_LIST_MODEL (rbd_store_get_planned (self->store));
      guint n = g_list_model_get_n_items (list);

      self->planned_by_id = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RbdRecord) item = g_list_model_get_item (list, i);

          g_hash_table_insert (self->planned_by_id, (gpointer) rbd_record_get_id (item), item);
        }
    }

  planned = g_hash_table_lookup (self->planned_by_id, planned_id);
  if (planned == NULL)
    return NULL;

  title = rbd_record_get_string (planned, "title");

  return title != NULL && *title != '\0' ? title : NULL;
}

/* Toasts and undo */

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_clear_object (&entry->session);
  g_clear_object (&entry->before);
  g_clear_pointer (&entry->edits, g_array_unref);
  g_free (entry);
}

static void
show_toast (RbdLogPage *self,
            const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_error_toast (RbdLogPage *self,
                  const char *what,
                  GError     *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (text);

  /* Errors stay until read. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_route_deleted_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(RbdLogPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_delete_finish (G_FILE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    show_error_toast (self, _("The route file of a removed session could not be deleted"), error);
}

/* Deletes the GPX copy of a session that has left the document for good. */
static void
delete_route_file (RbdLogPage *self,
                   RbdSession *session)
{
  const char *route = rbd_record_get_string (RBD_RECORD (session), "route");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (route == NULL || g_path_is_absolute (route) || self->store == NULL)
    return;
  /* Back in the document (another undo), it stays. */
  if (find_session (self, rbd_record_get_id (RBD_RECORD (session)), NULL) != NULL)
    return;

  path = g_build_filename (rbd_store_get_data_dir (self->store), route, NULL);
  file = g_file_new_for_path (path);
  g_file_delete_async (file, G_PRIORITY_LOW, self->cancellable, on_route_deleted_cb,
                       g_object_ref (self));
}

static void
on_undo_toast_dismissed_cb (RbdLogPage *self,
                            AdwToast   *toast)
{
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "undo-serial"));
  UndoEntry *entry;

  if (self->undo_entries == NULL)
    return;

  /* Not undone: a deletion is final now. */
  entry = g_hash_table_lookup (self->undo_entries, GUINT_TO_POINTER (serial));
  if (entry != NULL && entry->kind == UNDO_DELETE)
    delete_route_file (self, entry->session);

  g_hash_table_remove (self->undo_entries, GUINT_TO_POINTER (serial));
}

/* Shows @title with an Undo button that reverts @entry (taken). */
static void
show_undo_toast (RbdLogPage *self,
                 const char *title,
                 UndoEntry  *entry)
{
  AdwToast *toast;
  guint serial = ++self->last_undo_serial;

  g_hash_table_insert (self->undo_entries, GUINT_TO_POINTER (serial), entry);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "log.undo");
  adw_toast_set_action_target (toast, "u", serial);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "undo-serial", GUINT_TO_POINTER (serial));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Copies every member of @from onto @to (the same kind of record). */
static void
restore_record (RbdRecord *to,
                RbdRecord *from)
{
  const RbdField *fields;
  guint n_fields;

  fields = rbd_record_class_get_fields (RBD_RECORD_GET_CLASS (to), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *property = NULL;
      g_auto(GValue) value = G_VALUE_INIT;

      if (fields[i].type == RBD_FIELD_ID)
        continue;

      if (!rbd_record_is_set (from, fields[i].name))
        {
          rbd_record_unset (to, fields[i].name);
          continue;
        }

      property = g_strdelimit (g_strdup (fields[i].name), "_", '-');
      g_object_get_property (G_OBJECT (from), property, &value);
      g_object_set_property (G_OBJECT (to), property, &value);
    }
}

/* Offers what follows a hard or long session, where the window has it:
 * the matching cool-down routine and the post-run timeline. */
static void
offer_recovery (RbdLogPage *self,
                RbdSession *session)
{
  const char *routine_id = NULL, *routine_name = NULL;
  gboolean offered = FALSE;

  if (rbd_log_session_wants_recovery (session))
    {
      if (rbd_cooldown_for_kind (rbd_record_get_enum (RBD_RECORD (session), "kind"),
                                 &routine_id, &routine_name) &&
          rbd_log_widget_has_action (GTK_WIDGET (self), "win.start-routine"))
        {
          /* Translators: %s is the name of a cool-down routine */
          g_autofree char *title = g_strdup_printf (_("Session logged. Cool down now? %s"),
                                                    routine_name);
          AdwToast *toast = adw_toast_new (title);

          adw_toast_set_button_label (toast, _("_Start Cool-Down"));
          adw_toast_set_action_name (toast, "win.start-routine");
          adw_toast_set_action_target (toast, "s", routine_id);
          adw_toast_set_timeout (toast, 10);
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
          offered = TRUE;
        }

      if (rbd_log_widget_has_action (GTK_WIDGET (self), "win.start-timeline"))
        {
          const char *title = offered
            ? _("Follow the post-run timeline: food, fluids and rest")
            : _("Session logged. Follow the post-run timeline?");
          AdwToast *toast = adw_toast_new (title);

          adw_toast_set_button_label (toast, _("Start _Timeline"));
          adw_toast_set_action_name (toast, "win.start-timeline");
          adw_toast_set_action_target (toast, "s", rbd_record_get_id (RBD_RECORD (session)));
          adw_toast_set_timeout (toast, 10);
          adw_toast_overlay_add_toast (self->toast_overlay, toast);
          offered = TRUE;
        }
    }

  if (!offered)
    show_toast (self, _("Session logged"));
}

/* State */

static void
update_actions (RbdLogPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean editable = is_editable (self);

  gtk_widget_action_set_enabled (widget, "log.new-session", editable);
  gtk_widget_action_set_enabled (widget, "log.import", editable);
  gtk_widget_action_set_enabled (widget, "log.check-in", editable);
  gtk_widget_action_set_enabled (widget, "log.check-in-on", editable);
  gtk_widget_action_set_enabled (widget, "log.edit-session", editable);
  gtk_widget_action_set_enabled (widget, "log.delete-session", editable);
  gtk_widget_action_set_enabled (widget, "log.undo", editable);
  gtk_widget_action_set_enabled (widget, "log.lighten", editable);

  rbd_session_detail_set_editable (self->session_detail, editable);
  rbd_shoes_view_set_editable (self->shoes_view, editable);
}

static void
update_state (RbdLogPage *self)
{
  const char *text = NULL;

  switch (self->store != NULL ? rbd_store_get_state (self->store) : RBD_STORE_STATE_EMPTY)
    {
    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
      text = _("Loading your training log…");
      break;

    case RBD_STORE_STATE_BROKEN:
      text = _("The data file could not be read, so nothing can be logged or changed until it "
               "is restored or started afresh.");
      break;

    case RBD_STORE_STATE_READ_ONLY:
      text = _("This data file was written by a newer version of Rebound. It is shown "
               "read-only: nothing can be logged or changed here.");
      break;

    case RBD_STORE_STATE_READY:
    default:
      break;
    }

  if (text != NULL)
    gtk_label_set_text (self->state_label, text);
  gtk_revealer_set_reveal_child (self->state_revealer, text != NULL);
  update_actions (self);
}

static void
update_navigation (RbdLogPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean on_content = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet),
                                   "content") == 0;
  gboolean on_session = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack),
                                   "session") == 0;

  gtk_widget_set_visible (self->back_button, folded ? on_content : on_session);
  gtk_widget_set_visible (self->overview_button, folded && !on_content);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.back", folded ? on_content : on_session);

  /* On a narrow window a tap opens a session, as on a phone. */
  gtk_list_view_set_single_click_activate (self->history_view, folded);
}

/* History */

static int
compare_sessions (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const char *start_a = rbd_record_get_string (RBD_RECORD ((gpointer) a), "start");
  const char *start_b = rbd_record_get_string (RBD_RECORD ((gpointer) b), "start");
  int result;

  /* Newest first by the wall-clock start as written; no start goes last. */
  if (start_a == NULL || start_b == NULL)
    result = (start_a == NULL) - (start_b == NULL);
  else
    result = -strcmp (start_a, start_b);

  if (result == 0)
    result = g_strcmp0 (rbd_record_get_id (RBD_RECORD ((gpointer) a)),
                        rbd_record_get_id (RBD_RECORD ((gpointer) b)));

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static gboolean
text_matches (const char *text,
              const char *search)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;

  folded = g_utf8_casefold (text, -1);

  return strstr (folded, search) != NULL;
}

static gboolean
filter_session (gpointer item,
                gpointer user_data)
{
  RbdLogPage *self = user_data;
  RbdRecord *record = item;
  RbdKind kind = rbd_record_get_enum (record, "kind");

  if (self->kind_filter >= 0 && (int) kind != self->kind_filter)
    return FALSE;

  if (g_date_valid (&self->range_from) || g_date_valid (&self->range_to))
    {
      GDate day;

      if (!rbd_session_get_date (RBD_SESSION (item), &day))
        return FALSE;
      if (g_date_valid (&self->range_from) && g_date_compare (&day, &self->range_from) < 0)
        return FALSE;
      if (g_date_valid (&self->range_to) && g_date_compare (&day, &self->range_to) > 0)
        return FALSE;
    }

  if (self->search != NULL)
    {
      if (!text_matches (rbd_record_get_string (record, "notes"), self->search) &&
          !text_matches (get_planned_title (self, RBD_SESSION (item)), self->search) &&
          !((guint) kind < RBD_N_KINDS && text_matches (rbd_kind_get_label (kind), self->search)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_filtered (RbdLogPage *self)
{
  return self->search != NULL || self->kind_filter >= 0 ||
         g_date_valid (&self->range_from) || g_date_valid (&self->range_to);
}

static void
update_history_stack (RbdLogPage *self)
{
  GListModel *sessions;
  const char *name = "list";

  if (self->store != NULL)
    {
      sessions = G_LIST_MODEL (rbd_store_get_sessions (self->store));
      if (g_list_model_get_n_items (sessions) == 0)
        name = "empty";
      else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
        name = is_filtered (self) ? "no-results" : "list";
    }

  gtk_stack_set_visible_child_name (self->history_stack, name);
}

static void
on_filter_model_items_changed_cb (RbdLogPage *self)
{
  update_history_stack (self);
}

static void
history_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  RbdLogPage               *self)
{
  GtkWidget *stack = gtk_stack_new ();

  gtk_stack_add_named (GTK_STACK (stack), rbd_session_row_new (), "session");
  gtk_stack_add_named (GTK_STACK (stack), rbd_history_header_new (), "week");
  gtk_stack_set_vhomogeneous (GTK_STACK (stack), FALSE);
  gtk_list_item_set_child (item, stack);
}

static void
history_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 RbdLogPage               *self)
{
  GtkStack *stack = GTK_STACK (gtk_list_item_get_child (item));
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *parent;

  if (RBD_IS_HISTORY_WEEK (object))
    {
      GtkWidget *header = gtk_stack_get_child_by_name (stack, "week");

      rbd_history_header_set_week (RBD_HISTORY_HEADER (header), RBD_HISTORY_WEEK (object),
                                   self->imperial);
      gtk_stack_set_visible_child (stack, header);
      rbd_session_row_set_session (RBD_SESSION_ROW (gtk_stack_get_child_by_name (stack, "session")),
                                   NULL, NULL, self->imperial);
      gtk_list_item_set_selectable (item, FALSE);
      gtk_list_item_set_activatable (item, FALSE);
    }
  else
    {
      GtkWidget *row = gtk_stack_get_child_by_name (stack, "session");

      rbd_session_row_set_session (RBD_SESSION_ROW (row), RBD_SESSION (object),
                                   get_planned_title (self, RBD_SESSION (object)), self->imperial);
      gtk_stack_set_visible_child (stack, row);
      gtk_list_item_set_selectable (item, TRUE);
      gtk_list_item_set_activatable (item, TRUE);
    }

  /* The list item's own row widget carries the look of a heading. */
  parent = gtk_widget_get_parent (GTK_WIDGET (stack));
  if (parent != NULL)
    {
      if (RBD_IS_HISTORY_WEEK (object))
        gtk_widget_add_css_class (parent, "log-week-item");
      else
        gtk_widget_remove_css_class (parent, "log-week-item");
    }
}

static void
history_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   RbdLogPage               *self)
{
  GtkStack *stack = GTK_STACK (gtk_list_item_get_child (item));
  GtkWidget *row = gtk_stack_get_child_by_name (stack, "session");

  rbd_session_row_set_session (RBD_SESSION_ROW (row), NULL, NULL, self->imperial);
}

static void
on_search_changed_cb (RbdLogPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_utf8_casefold (stripped, -1);

  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
update_range_buttons (RbdLogPage *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  /* Translators: a day on the history's date filter, e.g. "30 Nov 2026" */
  from = rbd_plan_format_date (&self->custom_from, C_("filter date", "%-d %b %Y"));
  to = rbd_plan_format_date (&self->custom_to, C_("filter date", "%-d %b %Y"));
  gtk_menu_button_set_label (self->from_button, from);
  gtk_menu_button_set_label (self->to_button, to);
}

/* Reads the kind and time span chosen into the filter. */
static void
read_filters (RbdLogPage *self)
{
  guint kind = gtk_drop_down_get_selected (self->kind_dropdown);
  RangeChoice range = gtk_drop_down_get_selected (self->range_dropdown);
  GDate today;

  self->kind_filter = kind >= 1 && kind <= RBD_N_KINDS ? (int) kind - 1 : -1;

  get_today (self, &today);
  g_date_clear (&self->range_from, 1);
  g_date_clear (&self->range_to, 1);
  switch (range)
    {
    case RANGE_7_DAYS:
      self->range_from = today;
      g_date_subtract_days (&self->range_from, 6);
      break;

    case RANGE_4_WEEKS:
      self->range_from = today;
      g_date_subtract_days (&self->range_from, 27);
      break;

    case RANGE_12_WEEKS:
      self->range_from = today;
      g_date_subtract_days (&self->range_from, 83);
      break;

    case RANGE_12_MONTHS:
      self->range_from = today;
      g_date_subtract_months (&self->range_from, 12);
      break;

    case RANGE_CUSTOM:
      self->range_from = self->custom_from;
      self->range_to = self->custom_to;
      break;

    case RANGE_ANY:
    default:
      break;
    }

  gtk_widget_set_visible (self->custom_range_box, range == RANGE_CUSTOM);
}

static void
on_filter_changed_cb (RbdLogPage *self)
{
  read_filters (self);
  /* Not while the template is being built. */
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_range_day_selected_cb (RbdLogPage  *self,
                          GtkCalendar *calendar)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (calendar);

  if (calendar == self->from_calendar)
    {
      rbd_log_date_from_time (time, &self->custom_from);
      gtk_menu_button_popdown (self->from_button);
    }
  else
    {
      rbd_log_date_from_time (time, &self->custom_to);
      gtk_menu_button_popdown (self->to_button);
    }

  /* A span the wrong way round is meant the right way round. */
  if (g_date_compare (&self->custom_from, &self->custom_to) > 0)
    {
      GDate swap = self->custom_from;

      self->custom_from = self->custom_to;
      self->custom_to = swap;
    }

  update_range_buttons (self);
  on_filter_changed_cb (self);
}

static void
on_selection_changed_cb (RbdLogPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  /* Side by side, choosing a session shows it; folded, opening it does. */
  if (RBD_IS_SESSION (item) && !adw_leaflet_get_folded (self->leaflet))
    show_session (self, item, FALSE);
}

static void
on_history_activate_cb (RbdLogPage *self,
                        guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->history), position);

  if (RBD_IS_SESSION (item))
    show_session (self, RBD_SESSION (item), TRUE);
}

static gboolean
navigation_idle_cb (gpointer user_data)
{
  RbdLogPage *self = user_data;

  self->navigation_idle_id = 0;
  update_navigation (self);

  return G_SOURCE_REMOVE;
}

/* The leaflet folds while it is laid out: showing and hiding the
 * toolbar's buttons then would leave the toolbar unallocated. */
static void
on_leaflet_changed_cb (RbdLogPage *self)
{
  if (self->navigation_idle_id == 0)
    self->navigation_idle_id = g_idle_add (navigation_idle_cb, self);
}

/* Refreshing */

static void
refresh_overview (RbdLogPage *self)
{
  GListModel *sessions, *checkins;

  if (self->store == NULL)
    return;

  sessions = G_LIST_MODEL (rbd_store_get_sessions (self->store));
  checkins = G_LIST_MODEL (rbd_store_get_checkins (self->store));
  get_today (self, &self->today);

  rbd_readiness_card_update (self->readiness_card, checkins, sessions, &self->today);
  rbd_checkins_card_update (self->checkins_card, checkins, &self->today);
  rbd_load_card_update (self->load_card, sessions, &self->today);
  rbd_shoes_view_update (self->shoes_view, self->imperial);
}

static void
refresh_detail (RbdLogPage *self)
{
  RbdSession *session = rbd_session_detail_get_session (self->session_detail);

  if (session == NULL)
    return;

  /* Gone from the document (deleted, or a reload): back to the overview. */
  if (find_session (self, rbd_record_get_id (RBD_RECORD (session)), NULL) != session)
    {
      show_overview (self);
      return;
    }

  rbd_session_detail_set_session (self->session_detail, session,
                                  get_planned_title (self, session), self->imperial);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RbdLogPage *self = user_data;
  guint flags = self->refresh_flags;

  self->refresh_idle_id = 0;
  self->refresh_flags = 0;

  if (flags & REFRESH_HISTORY)
    {
      /* A session changed in place may sort or filter differently now,
       * and its week's totals are different. */
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      rbd_history_model_refresh (self->history);
      update_history_stack (self);
    }
  if (flags & REFRESH_OVERVIEW)
    refresh_overview (self);
  if (flags & REFRESH_DETAIL)
    refresh_detail (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (RbdLogPage *self,
                  guint       flags)
{
  self->refresh_flags |= flags;
  if (self->refresh_idle_id == 0)
    self->refresh_idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle_cb, self, NULL);
}

static void
on_sessions_items_changed_cb (RbdLogPage *self)
{
  update_history_stack (self);
  schedule_refresh (self, REFRESH_OVERVIEW | REFRESH_DETAIL);
}

static void
on_checkins_items_changed_cb (RbdLogPage *self)
{
  schedule_refresh (self, REFRESH_OVERVIEW);
}

static void
on_planned_items_changed_cb (RbdLogPage *self)
{
  g_clear_pointer (&self->planned_by_id, g_hash_table_unref);
}

static void
on_record_changed_cb (RbdLogPage *self,
                      RbdRecord  *record)
{
  if (RBD_IS_SESSION (record))
    schedule_refresh (self, REFRESH_ALL);
  else if (RBD_IS_PLANNED_SESSION (record))
    {
      g_clear_pointer (&self->planned_by_id, g_hash_table_unref);
      schedule_refresh (self, REFRESH_DETAIL);
    }
  else
    schedule_refresh (self, REFRESH_OVERVIEW);
}

static void
on_store_state_cb (RbdLogPage *self)
{
  update_state (self);
  g_clear_pointer (&self->planned_by_id, g_hash_table_unref);
  schedule_refresh (self, REFRESH_ALL);
}

static void
read_settings (RbdLogPage *self)
{
  self->imperial = rbd_plan_settings_get_imperial (self->settings);
  self->first_weekday = rbd_plan_settings_get_first_weekday (self->settings);
}

static void
on_settings_changed_cb (RbdLogPage *self,
                        const char *key)
{
  read_settings (self);
  rbd_history_model_set_first_weekday (self->history, self->first_weekday);
  rbd_history_model_rebind_all (self->history);
  schedule_refresh (self, REFRESH_OVERVIEW | REFRESH_DETAIL);
}

static void
on_dark_changed_cb (RbdLogPage      *self,
                    GParamSpec      *pspec,
                    AdwStyleManager *manager)
{
  /* The kind colours have a lighter variant for dark backgrounds. */
  if (adw_style_manager_get_dark (manager))
    gtk_widget_add_css_class (GTK_WIDGET (self), "dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dark");
}

static void schedule_day_check (RbdLogPage *self);

/* At midnight "today" moves on: the overview, and the time spans the
 * history is filtered by. */
static gboolean
on_day_timeout_cb (gpointer user_data)
{
  RbdLogPage *self = user_data;
  GDate today;

  self->day_timeout_id = 0;
  get_today (self, &today);
  if (g_date_valid (&self->today) && g_date_compare (&today, &self->today) != 0)
    {
      on_filter_changed_cb (self);
      schedule_refresh (self, REFRESH_OVERVIEW);
    }
  schedule_day_check (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_day_check (RbdLogPage *self)
{
  g_autoptr(GDateTime) now = rbd_log_now (self->now_func, self->now_data);
  int seconds_left = 24 * 3600 - (g_date_time_get_hour (now) * 3600 +
                                  g_date_time_get_minute (now) * 60 +
                                  g_date_time_get_second (now));

  /* In pieces: the monotonic clock stands still while the computer sleeps. */
  self->day_timeout_id = g_timeout_add_seconds (CLAMP (seconds_left + 1, 1, 15 * 60),
                                                on_day_timeout_cb, self);
}

/* Showing things */

static void
show_overview (RbdLogPage *self)
{
  rbd_session_detail_set_session (self->session_detail, NULL, NULL, self->imperial);
  gtk_stack_set_visible_child_name (self->content_stack, "overview");
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  update_navigation (self);
}

static void
show_session (RbdLogPage *self,
              RbdSession *session,
              gboolean    navigate)
{
  guint position;

  rbd_session_detail_set_session (self->session_detail, session,
                                  get_planned_title (self, session), self->imperial);
  gtk_stack_set_visible_child_name (self->content_stack, "session");

  if (rbd_history_model_find (self->history, session, &position))
    {
      if (gtk_single_selection_get_selected (self->selection) != position)
        gtk_single_selection_set_selected (self->selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->history_view), "list.scroll-to-item", "u",
                                  position);
    }

  if (navigate || adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "content");
  update_navigation (self);
}

/* Editors */

static void
on_session_saved_cb (RbdLogPage       *self,
                     RbdSession       *session,
                     RbdSession       *before,
                     RbdSessionEditor *editor)
{
  if (before == NULL)
    {
      offer_recovery (self, session);
    }
  else
    {
      UndoEntry *entry = g_new0 (UndoEntry, 1);

      entry->kind = UNDO_EDIT;
      entry->session = g_object_ref (session);
      entry->before = g_object_ref (RBD_RECORD (before));
      show_undo_toast (self, _("Session changed"), entry);
    }

  /* Once the history has it. */
  schedule_refresh (self, REFRESH_HISTORY);
  show_session (self, session, FALSE);
}

static void
present_session_editor (RbdLogPage        *self,
                        RbdSession        *session,
                        RbdPlannedSession *planned)
{
  RbdSessionEditor *editor;

  editor = rbd_session_editor_new (self->store, session, self->imperial,
                                   self->now_func, self->now_data);
  if (planned != NULL)
    rbd_session_editor_set_planned (editor, planned);
  gtk_window_set_transient_for (GTK_WINDOW (editor), get_window (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_session_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_checkin_saved_cb (RbdLogPage *self,
                     RbdCheckin *checkin,
                     gboolean    is_new)
{
  show_toast (self, is_new ? _("Check-in saved") : _("Check-in changed"));
  schedule_refresh (self, REFRESH_OVERVIEW);
}

static void
present_checkin_editor (RbdLogPage  *self,
                        const GDate *date)
{
  RbdCheckinEditor *editor = rbd_checkin_editor_new (self->store, date);

  gtk_window_set_transient_for (GTK_WINDOW (editor), get_window (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_checkin_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* GPX import */

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->page);
  g_free (job->path);
  g_free (job->display_name);
  g_free (job);
}

static void
show_import_error (RbdLogPage *self,
                   const char *display_name,
                   const char *message)
{
  /* Translators: %s is a file name */
  g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), display_name);

  rbd_log_show_error (GTK_WIDGET (self), heading, message);
}

static void
imported (RbdLogPage *self,
          RbdSession *session,
          const char *display_name)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);
  g_autofree char *title = NULL;
  double distance_m = rbd_record_get_double (RBD_RECORD (session), "distance_m");

  if (distance_m > 0)
    {
      g_autofree char *distance = rbd_plan_format_distance (distance_m, self->imperial);

      /* Translators: a file name, then the distance of its route */
      title = g_strdup_printf (_("Imported “%s”: %s"), display_name, distance);
    }
  else
    {
      title = g_strdup_printf (_("Imported “%s”"), display_name);
    }

  entry->kind = UNDO_IMPORT;
  entry->session = g_object_ref (session);
  show_undo_toast (self, title, entry);
  schedule_refresh (self, REFRESH_HISTORY);
  show_session (self, session, TRUE);
}

static void
add_imported (RbdLogPage *self,
              ImportJob  *job,
              RbdSession *session)
{
  g_autoptr(GError) error = NULL;

  if (!rbd_gpx_add_to_store (self->store, session, job->path, &error))
    {
      show_import_error (self, job->display_name, error->message);
      return;
    }

  imported (self, session, job->display_name);
}

static void
on_times_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  ImportJob *job = g_object_get_data (G_OBJECT (dialog), "import-job");
  RbdGpxTrack *track = g_object_get_data (G_OBJECT (dialog), "track");
  RbdLogPage *self = job->page;
  g_autoptr(RbdSession) session = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *text = NULL;
  int duration_s;

  if (g_strcmp0 (response, RBD_GPX_TIMES_RESPONSE_IMPORT) != 0)
    return;

  start = rbd_gpx_times_dialog_dup_start (RBD_GPX_TIMES_DIALOG (dialog));
  duration_s = rbd_gpx_times_dialog_get_duration (RBD_GPX_TIMES_DIALOG (dialog));
  if (start == NULL || duration_s <= 0)
    {
      show_import_error (self, job->display_name, _("The start or the duration is missing."));
      return;
    }

  session = rbd_gpx_make_session (track, RBD_KIND_EASY);
  text = g_date_time_format (start, "%Y-%m-%dT%H:%M:%S%:z");
  rbd_record_set_string (RBD_RECORD (session), "start", text);
  rbd_record_set_int (RBD_RECORD (session), "duration_s", duration_s);
  add_imported (self, job, session);
}

static void
ask_times (RbdLogPage  *self,
           ImportJob   *job,
           RbdGpxTrack *track)
{
  g_autoptr(GDateTime) now = rbd_log_now (self->now_func, self->now_data);
  g_autoptr(GDateTime) start = g_date_time_add_hours (now, -1);
  g_autofree char *distance = rbd_plan_format_distance (rbd_gpx_track_get_distance_m (track),
                                                        self->imperial);
  RbdGpxTimesDialog *dialog;

  dialog = rbd_gpx_times_dialog_new (get_window (self), job->display_name, distance, start);
  g_object_set_data_full (G_OBJECT (dialog), "import-job", job, (GDestroyNotify) import_job_free);
  g_object_set_data_full (G_OBJECT (dialog), "track", g_object_ref (track), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_times_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_track_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *task = G_TASK (result);
  ImportJob *job = g_task_get_task_data (task);
  RbdLogPage *self = RBD_LOG_PAGE (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdGpxTrack) track = g_task_propagate_pointer (task, &error);
  g_autoptr(RbdSession) session = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (track == NULL)
    {
      show_import_error (self, job->display_name, error->message);
      return;
    }

  if (!is_editable (self))
    {
      show_import_error (self, job->display_name,
                         _("The training log cannot be changed right now."));
      return;
    }

  if (!rbd_gpx_track_has_times (track))
    {
      /* The dialog takes the job over. */
      ImportJob *copy = g_new0 (ImportJob, 1);

      copy->page = g_object_ref (self);
      copy->path = g_strdup (job->path);
      copy->display_name = g_strdup (job->display_name);
      ask_times (self, copy, track);
      return;
    }

  session = rbd_gpx_make_session (track, RBD_KIND_EASY);
  add_imported (self, job, session);
}

static void
read_track_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  RbdGpxTrack *track = rbd_gpx_track_new_from_file (job->path, &error);

  if (track == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, track, g_object_unref);
}

/* Actions */

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);

  if (is_editable (self))
    present_session_editor (self, NULL, NULL);
}

static void
on_import_response_cb (RbdLogPage           *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);

          rbd_log_page_import_file (self, file);
        }
    }

  g_clear_object (&self->import_chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  g_autoptr(GtkFileFilter) gpx = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (!is_editable (self) || self->import_chooser != NULL)
    return;

  gtk_file_filter_set_name (gpx, _("GPX Files"));
  gtk_file_filter_add_pattern (gpx, "*.gpx");
  gtk_file_filter_add_pattern (gpx, "*.GPX");
  gtk_file_filter_add_mime_type (gpx, "application/gpx+xml");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  /* Through the file chooser portal when sandboxed. */
  self->import_chooser = gtk_file_chooser_native_new (_("Import GPX File"), get_window (self),
                                                      GTK_FILE_CHOOSER_ACTION_OPEN,
                                                      _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->import_chooser), gpx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->import_chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->import_chooser), gpx);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->import_chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->import_chooser), TRUE);
  g_signal_connect_object (self->import_chooser, "response",
                           G_CALLBACK (on_import_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->import_chooser));
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  GDate today;

  if (!is_editable (self))
    return;

  get_today (self, &today);
  present_checkin_editor (self, &today);
}

static void
check_in_on_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  GDate date;

  if (!is_editable (self) || !rbd_date_parse (g_variant_get_string (parameter, NULL), &date))
    return;

  present_checkin_editor (self, &date);
}

static void
show_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  RbdSession *session = find_session (self, g_variant_get_string (parameter, NULL), NULL);

  if (session != NULL)
    show_session (self, session, TRUE);
}

static void
edit_session_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  RbdSession *session = find_session (self, g_variant_get_string (parameter, NULL), NULL);

  if (session != NULL && is_editable (self))
    present_session_editor (self, session, NULL);
}

static void
delete_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  UndoEntry *entry;
  RbdSession *session;
  guint position;

  if (!is_editable (self))
    return;

  session = find_session (self, g_variant_get_string (parameter, NULL), &position);
  if (session == NULL)
    return;

  entry = g_new0 (UndoEntry, 1);
  entry->kind = UNDO_DELETE;
  entry->session = g_object_ref (session);
  entry->position = position;

  if (rbd_session_detail_get_session (self->session_detail) == session)
    {
      show_overview (self);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child_name (self->leaflet, "history");
    }

  g_list_store_remove (rbd_store_get_sessions (self->store), position);
  show_undo_toast (self, _("Session deleted"), entry);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  guint serial = g_variant_get_uint32 (parameter);
  UndoEntry *entry;
  GListStore *sessions;
  guint position;

  entry = g_hash_table_lookup (self->undo_entries, GUINT_TO_POINTER (serial));
  if (entry == NULL || !is_editable (self))
    return;

  sessions = rbd_store_get_sessions (self->store);
  switch (entry->kind)
    {
    case UNDO_DELETE:
      position = MIN (entry->position, g_list_model_get_n_items (G_LIST_MODEL (sessions)));
      g_list_store_insert (sessions, position, entry->session);
      schedule_refresh (self, REFRESH_HISTORY);
      break;

    case UNDO_EDIT:
      restore_record (RBD_RECORD (entry->session), entry->before);
      break;

    case UNDO_IMPORT:
      if (g_list_store_find (sessions, entry->session, &position))
        {
          g_list_store_remove (sessions, position);
          delete_route_file (self, entry->session);
        }
      break;

    case UNDO_LIGHTEN:
      rbd_lighten_undo (entry->edits);
      break;

    default:
      g_assert_not_reached ();
    }

  g_hash_table_remove (self->undo_entries, GUINT_TO_POINTER (serial));
}

static void
lighten_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);
  g_autoptr(GArray) edits = NULL;
  g_autofree char *title = NULL;
  UndoEntry *entry;
  GDate today;

  if (!is_editable (self))
    return;

  get_today (self, &today);
  edits = rbd_plan_lighten (G_LIST_MODEL (rbd_store_get_planned (self->store)), &today,
                            RBD_LIGHTEN_DAYS, RBD_LIGHTEN_CUT_DEFAULT);
  if (edits->len == 0)
    {
      show_toast (self, _("Nothing to lighten: no runs are planned in the next 3 days"));
      return;
    }

  rbd_lighten_apply (edits);

  entry = g_new0 (UndoEntry, 1);
  entry->kind = UNDO_LIGHTEN;
  entry->edits = g_array_ref (edits);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u planned session lightened",
                                        "%u planned sessions lightened", edits->len),
                           edits->len);
  show_undo_toast (self, title, entry);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      return;
    }

  show_overview (self);
}

static void
show_overview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);

  show_overview (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  update_navigation (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "history");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbdLogPage *self = RBD_LOG_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->range_dropdown, RANGE_ANY);
  g_clear_pointer (&self->search, g_free);
  on_filter_changed_cb (self);
}

/* Drops */

static gboolean
on_drop_cb (RbdLogPage    *self,
            const GValue  *value,
            double         x,
            double         y,
            GtkDropTarget *target)
{
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = gdk_file_list_get_files (g_value_get_boxed (value)); l != NULL; l = l->next)
        rbd_log_page_import_file (self, l->data);
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      rbd_log_page_import_file (self, g_value_get_object (value));
      return TRUE;
    }

  return FALSE;
}

/* GObject */

static gboolean
start_idle_cb (gpointer user_data)
{
  RbdLogPage *self = user_data;

  self->start_idle_id = 0;
  rbd_checkin_reminder_start (self->reminder);

  return G_SOURCE_REMOVE;
}

static void
set_store (RbdLogPage *self,
           RbdStore   *store)
{
  GListModel *sessions;

  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);

  g_signal_connect_object (store, "notify::state", G_CALLBACK (on_store_state_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "record-changed", G_CALLBACK (on_record_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (rbd_store_get_sessions (store), "items-changed",
                           G_CALLBACK (on_sessions_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rbd_store_get_checkins (store), "items-changed",
                           G_CALLBACK (on_checkins_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rbd_store_get_shoes (store), "items-changed",
                           G_CALLBACK (on_checkins_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rbd_store_get_planned (store), "items-changed",
                           G_CALLBACK (on_planned_items_changed_cb), self, G_CONNECT_SWAPPED);

  /* sessions -> sorted -> filtered -> with week headings -> selection */
  self->sorter = gtk_custom_sorter_new (compare_sessions, NULL, NULL);
  sessions = G_LIST_MODEL (rbd_store_get_sessions (store));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (sessions),
                                              g_object_ref (GTK_SORTER (self->sorter)));
  self->filter = gtk_custom_filter_new (filter_session, self, NULL);
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (on_filter_model_items_changed_cb), self, G_CONNECT_SWAPPED);
  self->history = rbd_history_model_new (G_LIST_MODEL (self->filter_model), self->first_weekday);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->history)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->history_view, GTK_SELECTION_MODEL (self->selection));

  rbd_session_detail_set_store (self->session_detail, store);
  rbd_shoes_view_set_store (self->shoes_view, store);

  self->reminder = rbd_checkin_reminder_new (store, self->notifier);
  /* After construction, so that a clock set right after it is used. */
  self->start_idle_id = g_idle_add (start_idle_cb, self);

  update_state (self);
  update_history_stack (self);
  refresh_overview (self);
  schedule_day_check (self);
}

/* GTK 4.8 names a drop-down but not the toggle button inside it, which is
 * what takes the focus: give that button the drop-down's name too. */
static void
name_drop_down_button (GtkDropDown *drop_down,
                       const char  *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
    }
}

static void
rbd_log_page_dispose (GObject *object)
{
  RbdLogPage *self = RBD_LOG_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_idle_id, g_source_remove);
  g_clear_handle_id (&self->day_timeout_id, g_source_remove);
  g_clear_handle_id (&self->start_idle_id, g_source_remove);
  g_clear_handle_id (&self->navigation_idle_id, g_source_remove);
  g_clear_pointer (&self->undo_entries, g_hash_table_unref);
  if (self->import_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->import_chooser));
  g_clear_object (&self->import_chooser);

  if (self->history_view != NULL)
    gtk_list_view_set_model (self->history_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_LOG_PAGE);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->history);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_pointer (&self->planned_by_id, g_hash_table_unref);
  g_clear_object (&self->reminder);
  g_clear_object (&self->notifier);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (rbd_log_page_parent_class)->dispose (object);
}

static void
rbd_log_page_finalize (GObject *object)
{
  RbdLogPage *self = RBD_LOG_PAGE (object);

  g_free (self->search);

  G_OBJECT_CLASS (rbd_log_page_parent_class)->finalize (object);
}

static void
rbd_log_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RbdLogPage *self = RBD_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_NOTIFIER:
      g_value_set_object (value, self->notifier);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_log_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RbdLogPage *self = RBD_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      if (g_value_get_object (value) != NULL)
        set_store (self, g_value_get_object (value));
      break;

    case PROP_NOTIFIER:
      rbd_log_page_set_notifier (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  GtkShortcutTrigger *parsed = gtk_shortcut_trigger_parse_string (trigger);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (parsed, gtk_named_action_new (action)));
}

static void
rbd_log_page_class_init (RbdLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_log_page_dispose;
  object_class->finalize = rbd_log_page_finalize;
  object_class->get_property = rbd_log_page_get_property;
  object_class->set_property = rbd_log_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTIFIER] =
    g_param_spec_object ("notifier", NULL, NULL,
                         RBD_TYPE_NOTIFIER,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RBD_TYPE_READINESS_CARD);
  g_type_ensure (RBD_TYPE_CHECKINS_CARD);
  g_type_ensure (RBD_TYPE_LOAD_CARD);
  g_type_ensure (RBD_TYPE_SHOES_VIEW);
  g_type_ensure (RBD_TYPE_SESSION_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, overview_button);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, state_revealer);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, history_pane);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, custom_range_box);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, from_button);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, to_button);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, history_stack);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, history_view);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, overview_scroller);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, readiness_card);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, checkins_card);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, load_card);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, shoes_view);
  gtk_widget_class_bind_template_child (widget_class, RbdLogPage, session_detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_range_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_history_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_changed_cb);

  gtk_widget_class_install_action (widget_class, "log.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "log.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "log.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "log.check-in-on", "s", check_in_on_action);
  gtk_widget_class_install_action (widget_class, "log.show-session", "s", show_session_action);
  gtk_widget_class_install_action (widget_class, "log.edit-session", "s", edit_session_action);
  gtk_widget_class_install_action (widget_class, "log.delete-session", "s",
                                   delete_session_action);
  gtk_widget_class_install_action (widget_class, "log.undo", "u", undo_action);
  gtk_widget_class_install_action (widget_class, "log.lighten", NULL, lighten_action);
  gtk_widget_class_install_action (widget_class, "log.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "log.show-overview", NULL, show_overview_action);
  gtk_widget_class_install_action (widget_class, "log.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "log.clear-filters", NULL,
                                   clear_filters_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "logpage");
}

static void
rbd_log_page_init (RbdLogPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) ranges = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkShortcutController *shortcuts;
  GtkDropTarget *drop;
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  rbd_log_ensure_style ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->undo_entries = g_hash_table_new_full (NULL, NULL, NULL, undo_entry_free);
  self->kind_filter = -1;
  g_date_clear (&self->range_from, 1);
  g_date_clear (&self->range_to, 1);
  g_date_clear (&self->today, 1);
  get_today (self, &self->custom_to);
  self->custom_from = self->custom_to;
  g_date_subtract_months (&self->custom_from, 1);
  update_range_buttons (self);

  self->settings = g_settings_new (BASE_APP_ID);
  read_settings (self);
  g_signal_connect_object (self->settings, "changed::units",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::first-day-of-week",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_string_list_append (kinds, _("All Kinds"));
  for (guint i = 0; i < RBD_N_KINDS; i++)
    gtk_string_list_append (kinds, rbd_kind_get_label (i));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  gtk_string_list_append (ranges, _("Any Time"));
  gtk_string_list_append (ranges, _("Last 7 Days"));
  gtk_string_list_append (ranges, _("Last 4 Weeks"));
  gtk_string_list_append (ranges, _("Last 12 Weeks"));
  gtk_string_list_append (ranges, _("Last 12 Months"));
  gtk_string_list_append (ranges, _("Between Dates"));
  gtk_drop_down_set_model (self->range_dropdown, G_LIST_MODEL (ranges));
  name_drop_down_button (self->kind_dropdown, _("Kind of session"));
  name_drop_down_button (self->range_dropdown, _("Time span"));

  g_signal_connect (factory, "setup", G_CALLBACK (history_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (history_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (history_unbind_cb), self);
  gtk_list_view_set_factory (self->history_view, factory);

  /* Page shortcuts work wherever the focus is in the window, but only
   * while the page is shown (GTK skips unmapped widgets' shortcuts). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_GLOBAL);
  add_shortcut (shortcuts, "<Control>l", "log.new-session");
  add_shortcut (shortcuts, "<Control>o", "log.import");
  add_shortcut (shortcuts, "<Control>i", "log.import");
  add_shortcut (shortcuts, "<Control>k", "log.check-in");
  add_shortcut (shortcuts, "<Control>f", "log.search");
  add_shortcut (shortcuts, "<Alt>Left", "log.back");
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_dark_changed_cb (self, NULL, style_manager);

  update_navigation (self);
  update_actions (self);
}

/* Public API */

/**
 * rbd_log_page_new:
 * @notifier: (nullable): where the morning check-in reminder goes
 *
 * Returns: the Log page, showing @store
 */
GtkWidget *
rbd_log_page_new (RbdStore    *store,
                  RbdNotifier *notifier)
{
  g_return_val_if_fail (RBD_IS_STORE (store), NULL);
  g_return_val_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier), NULL);

  return g_object_new (RBD_TYPE_LOG_PAGE,
                       "notifier", notifier,
                       "store", store,
                       NULL);
}

RbdStore *
rbd_log_page_get_store (RbdLogPage *self)
{
  g_return_val_if_fail (RBD_IS_LOG_PAGE (self), NULL);

  return self->store;
}

/**
 * rbd_log_page_set_notifier:
 * @notifier: (nullable): where the morning check-in reminder goes
 */
void
rbd_log_page_set_notifier (RbdLogPage  *self,
                           RbdNotifier *notifier)
{
  g_return_if_fail (RBD_IS_LOG_PAGE (self));
  g_return_if_fail (notifier == NULL || RBD_IS_NOTIFIER (notifier));

  if (!g_set_object (&self->notifier, notifier))
    return;

  if (self->reminder != NULL)
    rbd_checkin_reminder_set_notifier (self->reminder, notifier);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTIFIER]);
}

/**
 * rbd_log_page_log_planned:
 *
 * Opens the session editor filled in from @planned ("Mark Done" on the
 * Plan page); the session saved is linked to it.
 */
void
rbd_log_page_log_planned (RbdLogPage        *self,
                          RbdPlannedSession *planned)
{
  g_return_if_fail (RBD_IS_LOG_PAGE (self));
  g_return_if_fail (RBD_IS_PLANNED_SESSION (planned));

  if (!is_editable (self))
    return;

  present_session_editor (self, NULL, planned);
}

/**
 * rbd_log_page_import_file:
 *
 * Imports a GPX file as a logged session: read off the main thread,
 * the start and duration asked for when the file has no times, the file
 * copied beside the document. Problems are shown in a dialog that names
 * the file.
 */
void
rbd_log_page_import_file (RbdLogPage *self,
                          GFile      *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  ImportJob *job;

  g_return_if_fail (RBD_IS_LOG_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportJob, 1);
  job->display_name = g_file_get_basename (file);
  if (job->display_name == NULL)
    job->display_name = g_file_get_uri (file);

  if (!is_editable (self))
    {
      show_import_error (self, job->display_name,
                         _("The training log cannot be changed right now."));
      import_job_free (job);
      return;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_import_error (self, job->display_name,
                         _("Only files on this computer can be imported."));
      import_job_free (job);
      return;
    }

  job->path = g_steal_pointer (&path);
  task = g_task_new (self, self->cancellable, on_track_read_cb, NULL);
  g_task_set_source_tag (task, rbd_log_page_import_file);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, read_track_thread);
}

/* Shows @session beside the history (or over it, when narrow). */
void
rbd_log_page_show_session (RbdLogPage *self,
                           RbdSession *session)
{
  g_return_if_fail (RBD_IS_LOG_PAGE (self));
  g_return_if_fail (RBD_IS_SESSION (session));

  show_session (self, session, TRUE);
}

/**
 * rbd_log_page_set_now_func:
 * @func: (nullable): the clock, or %NULL for the real one
 *
 * The page's idea of now: for tests and screenshots of a fixed day.
 */
void
rbd_log_page_set_now_func (RbdLogPage    *self,
                           RbdLogNowFunc  func,
                           gpointer       user_data)
{
  g_return_if_fail (RBD_IS_LOG_PAGE (self));

  self->now_func = func;
  self->now_data = user_data;
  if (self->reminder != NULL)
    rbd_checkin_reminder_set_now_func (self->reminder, func, user_data);

  on_filter_changed_cb (self);
  schedule_refresh (self, REFRESH_OVERVIEW);
}

/**
 * rbd_log_page_set_tile_source:
 * @source: (nullable): where map tiles come from, or %NULL for none
 *
 * Until this is called, maps load OpenStreetMap's tiles.
 */
void
rbd_log_page_set_tile_source (RbdLogPage        *self,
                              ShumateDataSource *source)
{
  g_return_if_fail (RBD_IS_LOG_PAGE (self));

  rbd_session_detail_set_tile_source (self->session_detail, source);
}

RbdCheckinReminder *
rbd_log_page_get_reminder (RbdLogPage *self)
{
  g_return_val_if_fail (RBD_IS_LOG_PAGE (self), NULL);

  return self->reminder;
}

/* The history as listed: week headings (RbdHistoryWeek) and sessions. */
GListModel *
rbd_log_page_get_history (RbdLogPage *self)
{
  g_return_val_if_fail (RBD_IS_LOG_PAGE (self), NULL);

  return G_LIST_MODEL (self->history);
}
