/* rbd-plan-page.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-page"

#include "config.h"

#include <errno.h>
#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rbd-dates.h"
#include "rbd-ical-writer.h"
#include "rbd-kind.h"
#include "rbd-plan-calendar.h"
#include "rbd-plan-checker.h"
#include "rbd-plan-day-column.h"
#include "rbd-plan-editor.h"
#include "rbd-plan-month-view.h"
#include "rbd-plan-page.h"
#include "rbd-plan-util.h"
#include "rbd-plan-week-view.h"
#include "rbd-plan-welcome.h"
#include "rbd-planned-session.h"
#include "rbd-week-renderer.h"
#include "rbd-week-summary.h"
#include "rbd-week-template.h"

/* The Plan page: a week (seven day columns, its totals and the plan
 * checker's findings) or a month (weeks of day chips), with adding,
 * editing, moving, duplicating and deleting sessions, week templates,
 * printing and calendar export.
 *
 * Everything the page shows comes from the store through the plan
 * calendar's day index and the coach functions; everything it changes
 * goes into the store's lists, which save themselves. Commands are
 * "plan." actions, so buttons, menus, shortcuts, cards and tests all go
 * the same way. Removals can be undone from their toast for as long as
 * it is shown. */

#define PAGE_SETUP_FILE "page-setup.ini"

typedef struct
{
  GListStore *list;       /* the store list the items belong to */
  GPtrArray  *removed;    /* items taken out, in list order */
  GArray     *positions;  /* guint: where each of them was, ascending */
  GPtrArray  *added;      /* items put in */
} UndoEntry;

typedef struct
{
  RbdPlanWeek      week;
  RbdPlanContext   context;
  RbdWeekSummary   previous[4];
  double           body_mass_kg;
  RbdWeekRenderer *renderer;
} PrintJob;

struct _RbdPlanPage
{
  GtkWidget             parent_instance;

  RbdStore             *store;
  RbdPlanCalendar      *calendar;
  GSettings            *settings;
  GListStore           *builtin_templates;

  char                 *view;            /* "week" or "month" */
  GDate                 anchor;          /* a day of the week or month shown */
  GDate                 week_start;
  GDateWeekday          first_weekday;
  GDate                 today;           /* set for tests; cleared: the clock's */
  GDate                 shown_today;     /* the day the views were built for */
  guint                 midnight_source;
  gboolean              imperial;
  gboolean              week_has_sessions;
  gboolean              findings_expanded;

  /* Where the keyboard focus goes after the next rebuild. */
  char                 *focus_session_id;
  GDate                 focus_day;

  GHashTable           *undo_entries;    /* serial -> UndoEntry */
  guint                 last_undo_serial;

  GtkPageSetup         *page_setup;
  GtkPrintSettings     *print_settings;
  GtkFileChooserNative *export_chooser;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *previous_button;
  GtkWidget            *next_button;
  GtkMenuButton        *templates_button;
  GtkRevealer          *state_revealer;
  GtkImage             *state_icon;
  GtkLabel             *state_label;
  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  RbdPlanWelcome       *welcome;
  GtkStack             *view_stack;
  GtkFlowBox           *summary_box;
  GtkLabel             *time_label;
  GtkLabel             *distance_label;
  GtkLabel             *sessions_label;
  GtkLabel             *easy_label;
  GtkLabel             *quality_label;
  GtkLabel             *long_label;
  GtkWidget            *empty_box;
  GtkListBox           *findings_list;
  RbdPlanWeekView      *week_view;
  RbdPlanMonthView     *month_view;
  GtkPopover           *template_popover;
  GtkListBox           *builtin_list;
  GtkWidget            *own_heading;
  GtkWidget            *own_scroller;
  GtkListBox           *own_list;
  GtkSpinButton        *target_spin;
};

G_DEFINE_FINAL_TYPE (RbdPlanPage, rbd_plan_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_VIEW,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (RbdPlanPage *self);
static gboolean on_midnight_cb (gpointer user_data);

/* Undo */

static void
undo_entry_free (gpointer data)
{
  UndoEntry *entry = data;

  g_clear_object (&entry->list);
  g_clear_pointer (&entry->removed, g_ptr_array_unref);
  g_clear_pointer (&entry->positions, g_array_unref);
  g_clear_pointer (&entry->added, g_ptr_array_unref);
  g_free (entry);
}

static UndoEntry *
undo_entry_new (GListStore *list)
{
  UndoEntry *entry = g_new0 (UndoEntry, 1);

  entry->list = g_object_ref (list);
  entry->removed = g_ptr_array_new_with_free_func (g_object_unref);
  entry->positions = g_array_new (FALSE, FALSE, sizeof (guint));
  entry->added = g_ptr_array_new_with_free_func (g_object_unref);

  return entry;
}

static int
compare_positions_descending (gconstpointer a,
                              gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? 1 : pa > pb ? -1 : 0;
}

/* Takes @items out of the entry's list, remembering where each was so an
 * undo puts them back in the same places. */
static void
undo_entry_remove_items (UndoEntry *entry,
                         GPtrArray *items)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < items->len; i++)
    {
      guint position;

      if (g_list_store_find (entry->list, items->pdata[i], &position))
        g_array_append_val (found, position);
    }

  /* From the end, so the positions still to remove stay valid. */
  g_array_sort (found, compare_positions_descending);
  for (guint i = 0; i < found->len; i++)
    {
      guint position = g_array_index (found, guint, i);
      gpointer item = g_list_model_get_item (G_LIST_MODEL (entry->list), position);

      g_ptr_array_insert (entry->removed, 0, item);
      g_array_prepend_val (entry->positions, position);
      g_list_store_remove (entry->list, position);
    }
}

static void
undo_entry_revert (UndoEntry *entry)
{
  for (guint i = 0; i < entry->added->len; i++)
    {
      guint position;

      if (g_list_store_find (entry->list, entry->added->pdata[i], &position))
        g_list_store_remove (entry->list, position);
    }

  for (guint i = 0; i < entry->removed->len; i++)
    {
      guint position = g_array_index (entry->positions, guint, i);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (entry->list));

      g_list_store_insert (entry->list, MIN (position, n), entry->removed->pdata[i]);
    }
}

static void
on_undo_toast_dismissed_cb (RbdPlanPage *self,
                            AdwToast    *toast)
{
  guint serial = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "undo-serial"));

  if (self->undo_entries != NULL)
    g_hash_table_remove (self->undo_entries, GUINT_TO_POINTER (serial));
}

/* Shows @title with an Undo button that reverts @entry (taken). */
static void
show_undo_toast (RbdPlanPage *self,
                 const char  *title,
                 UndoEntry   *entry)
{
  AdwToast *toast;
  guint serial = ++self->last_undo_serial;

  g_hash_table_insert (self->undo_entries, GUINT_TO_POINTER (serial), entry);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo");
  adw_toast_set_action_target (toast, "u", serial);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data (G_OBJECT (toast), "undo-serial", GUINT_TO_POINTER (serial));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_toast (RbdPlanPage *self,
            const char  *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_error (RbdPlanPage *self,
            const char  *what,
            GError      *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (text);

  /* Errors stay until read. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Helpers */

static gboolean
is_editable (RbdPlanPage *self)
{
  return self->store != NULL && rbd_store_get_state (self->store) == RBD_STORE_STATE_READY;
}

static gboolean
is_loaded (RbdPlanPage *self)
{
  RbdStoreState state;

  if (self->store == NULL)
    return FALSE;

  state = rbd_store_get_state (self->store);

  return state == RBD_STORE_STATE_READY || state == RBD_STORE_STATE_READ_ONLY;
}

static gboolean
is_week_view (RbdPlanPage *self)
{
  return g_strcmp0 (self->view, "month") != 0;
}

/* Every "today" of the page comes from here: the one set on the page (a
 * test's), or the clock's. */
static void
get_today (RbdPlanPage *self,
           GDate       *today)
{
  if (g_date_valid (&self->today))
    *today = self->today;
  else
    rbd_date_today (today);
}

static GtkWindow *
get_window (RbdPlanPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The session with @id and its place in the store's list, or NULL. */
static RbdPlannedSession *
find_session (RbdPlanPage *self,
              const char  *id,
              guint       *position)
{
  GListModel *planned;
  guint n;

  if (self->store == NULL || id == NULL)
    return NULL;

  planned = G_LIST_MODEL (rbd_store_get_planned (self->store));
  n = g_list_model_get_n_items (planned);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) session = g_list_model_get_item (planned, i);

      if (g_strcmp0 (rbd_record_get_id (session), id) == 0)
        {
          if (position != NULL)
            *position = i;
          /* The list holds a reference for as long as the caller needs. */
          return RBD_PLANNED_SESSION (session);
        }
    }

  return NULL;
}

static gboolean
get_session_date (RbdPlannedSession *session,
                  GDate             *date)
{
  return rbd_date_parse (rbd_record_get_string (RBD_RECORD (session), "date"), date);
}

static gboolean
week_contains (RbdPlanPage *self,
               const GDate *day)
{
  GDate end = self->week_start;

  g_date_add_days (&end, 6);

  return g_date_compare (day, &self->week_start) >= 0 && g_date_compare (day, &end) <= 0;
}

static void
set_anchor (RbdPlanPage *self,
            const GDate *day)
{
  if (g_date_valid (&self->anchor) && !week_contains (self, day))
    self->findings_expanded = FALSE;

  self->anchor = *day;
  rbd_week_start (&self->anchor, self->first_weekday, &self->week_start);
}

static void
set_focus_session (RbdPlanPage *self,
                   const char  *id)
{
  g_free (self->focus_session_id);
  self->focus_session_id = g_strdup (id);
  g_date_clear (&self->focus_day, 1);
}

static void
set_focus_day (RbdPlanPage *self,
               const GDate *day)
{
  g_clear_pointer (&self->focus_session_id, g_free);
  self->focus_day = *day;
}

/* The day the keyboard focus is on (a card, a column or a month day). */
static gboolean
get_focused_day (RbdPlanPage *self,
                 GDate       *day)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *column;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;

  if (!is_week_view (self))
    return rbd_plan_month_view_get_focused_day (self->month_view, day);

  column = gtk_widget_get_ancestor (focus, RBD_TYPE_PLAN_DAY_COLUMN);
  if (column == NULL)
    return FALSE;

  *day = *rbd_plan_day_column_get_day (RBD_PLAN_DAY_COLUMN (column));

  return g_date_valid (day);
}

static void
apply_pending_focus (RbdPlanPage *self)
{
  if (!is_week_view (self))
    return;

  for (guint i = 0; i < 7; i++)
    {
      RbdPlanDayColumn *column = rbd_plan_week_view_get_column (self->week_view, i);
      GtkWidget *target = NULL;

      if (self->focus_session_id != NULL)
        target = rbd_plan_day_column_find_card (column, self->focus_session_id);
      else if (g_date_valid (&self->focus_day) &&
               g_date_compare (rbd_plan_day_column_get_day (column), &self->focus_day) == 0)
        target = rbd_plan_day_column_get_add_button (column);

      if (target != NULL)
        {
          gtk_widget_grab_focus (target);
          break;
        }
    }

  g_clear_pointer (&self->focus_session_id, g_free);
  g_date_clear (&self->focus_day, 1);
}

/* Templates */

static RbdWeekTemplate *
find_template (RbdPlanPage *self,
               const char  *id,
               GListStore **list)
{
  GListModel *lists[2] = {
    G_LIST_MODEL (self->builtin_templates),
    self->store != NULL ? G_LIST_MODEL (rbd_store_get_templates (self->store)) : NULL,
  };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = lists[l] != NULL ? g_list_model_get_n_items (lists[l]) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RbdRecord) template = g_list_model_get_item (lists[l], i);

          if (g_strcmp0 (rbd_record_get_id (template), id) == 0)
            {
              if (list != NULL)
                *list = G_LIST_STORE (lists[l]);
              return RBD_WEEK_TEMPLATE (template);
            }
        }
    }

  return NULL;
}

static const char *
template_name (RbdWeekTemplate *template)
{
  const char *name = rbd_record_get_string (RBD_RECORD (template), "name");

  return name != NULL && *name != '\0' ? name : _("Untitled Template");
}

static GtkWidget *
create_template_row (gpointer item,
                     gpointer user_data)
{
  RbdWeekTemplate *template = item;
  const char *description = rbd_record_get_string (RBD_RECORD (template), "description");
  g_autofree char *total = rbd_plan_format_duration (rbd_week_template_get_total_s (template));
  g_autofree char *per_week = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: the total time of a week template, e.g. "6 h 10 min a week" */
  per_week = g_strdup_printf (_("%s a week"), total);
  if (description != NULL && *description != '\0')
    subtitle = g_strdup_printf ("%s · %s", per_week, description);
  else
    subtitle = g_steal_pointer (&per_week);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), template_name (template));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "template-id",
                          g_strdup (rbd_record_get_id (RBD_RECORD (template))), g_free);

  if (!rbd_week_template_is_builtin (template))
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *label = NULL;

      /* Translators: %s is a template name */
      label = g_strdup_printf (_("Delete “%s”"), template_name (template));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Delete Template"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "plan.delete-template");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s",
                                        rbd_record_get_id (RBD_RECORD (template)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }

  return row;
}

static void
on_template_row_activated_cb (RbdPlanPage   *self,
                              GtkListBoxRow *row,
                              GtkListBox    *list)
{
  const char *id = g_object_get_data (G_OBJECT (row), "template-id");

  gtk_popover_popdown (self->template_popover);
  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "plan.apply-template", "s", id);
}

static gboolean
on_target_output_cb (RbdPlanPage   *self,
                     GtkSpinButton *spin)
{
  double value = gtk_spin_button_get_value (spin);

  if (value > 0)
    return FALSE;

  /* Translators: the weekly time of a template left as the template has it */
  gtk_editable_set_text (GTK_EDITABLE (spin), _("As planned"));

  return TRUE;
}

static int
on_target_input_cb (RbdPlanPage   *self,
                    double        *new_value,
                    GtkSpinButton *spin)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value;

  if (text == NULL || *text == '\0' || g_strcmp0 (text, _("As planned")) == 0)
    {
      *new_value = 0;
      return TRUE;
    }

  value = g_strtod (text, &end);
  if (end == text)
    return GTK_INPUT_ERROR;

  *new_value = value;

  return TRUE;
}

static void
on_own_templates_changed_cb (RbdPlanPage *self)
{
  GListModel *templates = G_LIST_MODEL (rbd_store_get_templates (self->store));
  gboolean any = g_list_model_get_n_items (templates) > 0;

  gtk_widget_set_visible (self->own_heading, any);
  gtk_widget_set_visible (self->own_scroller, any);
}

static void
apply_template (RbdPlanPage     *self,
                RbdWeekTemplate *template,
                gboolean         replace)
{
  g_autoptr(GPtrArray) sessions = NULL;
  GListStore *planned = rbd_store_get_planned (self->store);
  g_autofree char *title = NULL;
  UndoEntry *entry;
  int target_s;

  target_s = (int) round (gtk_spin_button_get_value (self->target_spin) * 3600);
  sessions = rbd_week_template_apply (template, &self->week_start, target_s);
  entry = undo_entry_new (planned);

  if (replace)
    {
      g_autoptr(GPtrArray) old = g_ptr_array_new ();
      RbdPlanWeek week;

      rbd_plan_calendar_get_week (self->calendar, &self->week_start, &week);
      for (guint d = 0; d < 7; d++)
        for (guint i = 0; i < week.days[d]->len; i++)
          g_ptr_array_add (old, week.days[d]->pdata[i]);
      undo_entry_remove_items (entry, old);
      rbd_plan_week_clear (&week);
    }

  g_list_store_splice (planned, g_list_model_get_n_items (G_LIST_MODEL (planned)), 0,
                       sessions->pdata, sessions->len);
  for (guint i = 0; i < sessions->len; i++)
    g_ptr_array_add (entry->added, g_object_ref (sessions->pdata[i]));

  /* Translators: %s is a week template's name */
  title = g_strdup_printf (_("Applied “%s”"), template_name (template));
  show_undo_toast (self, title, entry);
  rebuild (self);
}

static void
on_apply_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      RbdPlanPage      *self)
{
  RbdWeekTemplate *template = g_object_get_data (G_OBJECT (dialog), "template");

  if (!is_editable (self) || template == NULL)
    return;

  if (g_str_equal (response, "replace"))
    apply_template (self, template, TRUE);
  else if (g_str_equal (response, "add"))
    apply_template (self, template, FALSE);
}

static void
on_save_template_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              RbdPlanPage      *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(RbdWeekTemplate) template = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  RbdPlanWeek week;

  if (!g_str_equal (response, "save") || !is_editable (self))
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (*name == '\0')
    return;

  rbd_plan_calendar_get_week (self->calendar, &self->week_start, &week);
  template = rbd_week_template_new_from_week (&week, name);
  rbd_plan_week_clear (&week);

  g_list_store_append (rbd_store_get_templates (self->store), template);

  /* Translators: %s is the name the user gave a template */
  title = g_strdup_printf (_("Template “%s” saved"), name);
  show_toast (self, title);
}

static void
on_template_name_changed_cb (GtkEditable      *entry,
                             AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

/* Printing */

static char *
dup_page_setup_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "rebound", PAGE_SETUP_FILE, NULL);
}

static GtkPageSetup *
ensure_page_setup (RbdPlanPage *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (self->page_setup != NULL)
    return self->page_setup;

  path = dup_page_setup_path ();
  self->page_setup = gtk_page_setup_new_from_file (path, &error);
  if (self->page_setup == NULL)
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        show_error (self, _("Could not read the saved page setup"), error);

      /* A week reads best across the page. */
      self->page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_orientation (self->page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }

  return self->page_setup;
}

static void
save_page_setup (RbdPlanPage  *self,
                 GtkPageSetup *setup)
{
  g_autofree char *path = dup_page_setup_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_set_object (&self->page_setup, setup);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
    }
  else
    {
      gtk_page_setup_to_file (setup, path, &error);
    }

  if (error != NULL)
    show_error (self, _("Could not keep the page setup"), error);
}

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->renderer);
  rbd_plan_context_clear (&job->context);
  rbd_plan_week_clear (&job->week);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  guint n_pages;

  g_clear_object (&job->renderer);
  job->renderer = rbd_week_renderer_new (&job->week, &job->context, job->body_mass_kg);
  n_pages = rbd_week_renderer_paginate (job->renderer,
                                        gtk_print_context_get_cairo_context (context),
                                        gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  rbd_week_renderer_draw_page (job->renderer, gtk_print_context_get_cairo_context (context),
                               (guint) page);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  RbdPlanPage             *self)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (self, _("Could not print the week"), error);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

      g_set_object (&self->print_settings, settings);

      /* The paper and its orientation may have been changed in the dialog's
       * page setup tab: keep them for the next print too. */
      if (settings != NULL)
        {
          g_autoptr(GtkPageSetup) setup = gtk_page_setup_copy (ensure_page_setup (self));
          GtkPaperSize *paper = gtk_print_settings_get_paper_size (settings);

          if (gtk_print_settings_has_key (settings, GTK_PRINT_SETTINGS_ORIENTATION))
            gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (settings));
          if (paper != NULL)
            {
              gtk_page_setup_set_paper_size (setup, paper);
              gtk_paper_size_free (paper);
            }
          save_page_setup (self, setup);
        }
    }
}

static void
on_page_setup_done_cb (GtkPageSetup *setup,
                       gpointer      user_data)
{
  g_autoptr(RbdPlanPage) self = user_data;

  if (setup != NULL && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    save_page_setup (self, setup);
}

/* Export */

static void
on_export_response_cb (RbdPlanPage          *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;

      if (path == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                             _("Choose a folder on this computer"));
      else
        rbd_ical_write_file (G_LIST_MODEL (rbd_store_get_planned (self->store)), path, &error);

      if (error != NULL)
        {
          show_error (self, _("Could not export the calendar"), error);
        }
      else
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *title = NULL;

          /* Translators: %s is a file name */
          title = g_strdup_printf (_("Plan exported to “%s”"), name);
          show_toast (self, title);
        }
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->export_chooser);
}

/* Building the views */

static void
update_state_message (RbdPlanPage *self)
{
  const char *message = NULL;
  const char *icon = "dialog-information-symbolic";

  if (self->store == NULL)
    return;

  switch (rbd_store_get_state (self->store))
    {
    case RBD_STORE_STATE_EMPTY:
    case RBD_STORE_STATE_LOADING:
      message = _("Loading your plan…");
      break;

    case RBD_STORE_STATE_BROKEN:
      message = _("The plan cannot be changed until the data file is restored or you start "
                  "empty; see the message above.");
      icon = "dialog-warning-symbolic";
      break;

    case RBD_STORE_STATE_READ_ONLY:
      message = _("The plan is read-only: it was saved by a newer version of Rebound.");
      icon = "dialog-warning-symbolic";
      break;

    case RBD_STORE_STATE_READY:
    default:
      break;
    }

  if (message != NULL)
    {
      gtk_label_set_text (self->state_label, message);
      gtk_image_set_from_icon_name (self->state_icon, icon);
    }
  gtk_revealer_set_reveal_child (self->state_revealer, message != NULL);
}

static void
update_actions (RbdPlanPage *self)
{
  static const char * const editing[] = {
    "plan.add", "plan.add-on-day", "plan.edit", "plan.duplicate", "plan.delete",
    "plan.move", "plan.move-to", "plan.undo", "plan.show-templates",
    "plan.apply-template", "plan.delete-template",
  };
  static const char * const output[] = { "plan.print", "plan.page-setup", "plan.export" };
  static const char * const navigation[] = {
    "plan.previous", "plan.next", "plan.today", "plan.show-week", "plan.toggle-view",
  };
  gboolean editable = is_editable (self);
  gboolean loaded = is_loaded (self);

  for (guint i = 0; i < G_N_ELEMENTS (editing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), editing[i], editable);
  for (guint i = 0; i < G_N_ELEMENTS (output); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), output[i], loaded);
  for (guint i = 0; i < G_N_ELEMENTS (navigation); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), navigation[i], self->store != NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.save-template",
                                 editable && self->week_has_sessions);
  gtk_widget_set_sensitive (GTK_WIDGET (self->templates_button), editable);
}

static void
update_navigation (RbdPlanPage *self)
{
  struct {
    GtkWidget  *button;
    const char *label;
    const char *tooltip;
  } buttons[] = {
    { self->previous_button,
      is_week_view (self) ? _("Previous Week") : _("Previous Month"),
      is_week_view (self) ? _("Previous Week (Alt+Left)") : _("Previous Month (Alt+Left)") },
    { self->next_button,
      is_week_view (self) ? _("Next Week") : _("Next Month"),
      is_week_view (self) ? _("Next Week (Alt+Right)") : _("Next Month (Alt+Right)") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      rbd_plan_set_tooltip (buttons[i].button, buttons[i].tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i].button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, buttons[i].label, -1);
    }
}

#define FINDINGS_FOLDED 3

static GtkWidget *
finding_row_new (const char *icon_name,
                 const char *icon_label,
                 const char *style,
                 const char *title,
                 const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (title);
  g_autofree char *accessible = NULL;

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, style);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, icon_label, -1);
  gtk_box_append (GTK_BOX (box), icon);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (texts), label);

  if (subtitle != NULL)
    {
      GtkWidget *fix = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (fix), 0);
      gtk_label_set_wrap (GTK_LABEL (fix), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (fix), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (fix, "caption");
      gtk_widget_add_css_class (fix, "dim-label");
      gtk_box_append (GTK_BOX (texts), fix);
    }
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_add_css_class (row, "plan-finding");

  accessible = subtitle != NULL ? g_strdup_printf ("%s: %s. %s", icon_label, title, subtitle)
                                : g_strdup_printf ("%s: %s", icon_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

static void
show_findings (RbdPlanPage *self,
               GPtrArray   *findings,
               gboolean     empty_week)
{
  GtkListBoxRow *row;
  guint n;

  while ((row = gtk_list_box_get_row_at_index (self->findings_list, 0)) != NULL)
    gtk_list_box_remove (self->findings_list, GTK_WIDGET (row));

  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), !empty_week);
  if (empty_week)
    return;

  if (findings == NULL || findings->len == 0)
    {
      gtk_list_box_append (self->findings_list,
                           finding_row_new ("object-select-symbolic", _("Good"), "success",
                                            _("This week keeps every recovery rule"),
                                            _("Hard days are spaced by easy or rest days, and "
                                              "the volume is in balance.")));
      return;
    }

  /* A long list would push the week itself out of sight: the first few
   * (the checker sorts them by rule) and a row to show the rest. */
  n = self->findings_expanded ? findings->len : MIN (findings->len, FINDINGS_FOLDED);
  if (findings->len == FINDINGS_FOLDED + 1)
    n = findings->len;

  for (guint i = 0; i < n; i++)
    {
      RbdFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *title = g_strdup_printf ("[%s] %s", finding->rule, finding->reason);
      gboolean warning = finding->severity == RBD_SEVERITY_WARNING;

      gtk_list_box_append (self->findings_list,
                           finding_row_new (warning ? "dialog-warning-symbolic"
                                                    : "dialog-information-symbolic",
                                            warning ? _("Warning") : _("Note"),
                                            warning ? "warning" : "accent",
                                            title, finding->fix));
    }

  if (n < findings->len || (self->findings_expanded && findings->len > FINDINGS_FOLDED + 1))
    {
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (n < findings->len)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More Finding",
                                             "Show %u More Findings", findings->len - n),
                                findings->len - n);
      else
        text = g_strdup (_("Show Fewer Findings"));

      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "plan-findings-toggle");
      row = GTK_LIST_BOX_ROW (gtk_list_box_row_new ());
      gtk_list_box_row_set_child (row, label);
      g_object_set_data (G_OBJECT (row), "findings-toggle", GINT_TO_POINTER (TRUE));
      gtk_list_box_append (self->findings_list, GTK_WIDGET (row));
    }
}

static void
on_findings_row_activated_cb (RbdPlanPage   *self,
                              GtkListBoxRow *row,
                              GtkListBox    *list)
{
  GtkListBoxRow *last = NULL;

  if (g_object_get_data (G_OBJECT (row), "findings-toggle") == NULL)
    return;

  self->findings_expanded = !self->findings_expanded;
  rebuild (self);

  /* Keep the focus on the toggle, which is the last row again. */
  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    last = row;
  if (last != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (last));
}

static char *
format_share (double share)
{
  /* Translators: a share of the week's running time, e.g. "27 %" */
  return g_strdup_printf (_("%d %%"), (int) round (share * 100));
}

static void
show_summary (RbdPlanPage          *self,
              const RbdWeekSummary *summary)
{
  g_autofree char *time = NULL;
  g_autofree char *distance = NULL;
  g_autofree char *count = NULL;
  g_autofree char *easy = NULL;
  g_autofree char *quality = NULL;
  g_autofree char *share = NULL;
  gboolean running = summary->running_s > 0;

  time = summary->total_s > 0 ? rbd_plan_format_duration (summary->total_s) : g_strdup ("–");
  distance = summary->total_m > 0 ? rbd_plan_format_distance (summary->total_m, self->imperial)
                                  : g_strdup ("–");
  count = g_strdup_printf ("%u", summary->n_sessions);
  easy = running ? format_share (summary->easy_share) : g_strdup ("–");
  quality = running ? format_share (summary->quality_share) : g_strdup ("–");
  share = running ? format_share (summary->long_share) : g_strdup ("–");

  gtk_label_set_text (self->time_label, time);
  gtk_label_set_text (self->distance_label, distance);
  gtk_label_set_text (self->sessions_label, count);
  gtk_label_set_text (self->easy_label, easy);
  gtk_label_set_text (self->quality_label, quality);
  gtk_label_set_text (self->long_label, share);
}

static void
rebuild_week (RbdPlanPage *self,
              const GDate *today)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *title = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *range = NULL;
  RbdWeekSummary previous[4];
  RbdPlanContext context = { 0 };
  RbdWeekSummary summary;
  RbdPlanWeek week;
  GDate end = self->week_start;

  g_date_add_days (&end, 6);

  rbd_plan_calendar_get_week (self->calendar, &self->week_start, &week);
  rbd_week_summarize (&week, &summary);
  rbd_plan_calendar_get_context (self->calendar, &self->week_start, &context, previous);
  findings = rbd_plan_check (&week, &context);
  rbd_plan_context_clear (&context);

  /* Translators: the heading of the week view; %u is the ISO week number */
  title = g_strdup_printf (_("Week %u"), rbd_plan_week_number (&self->week_start));
  /* Translators: the first day of a week's date range, e.g. "30 November" */
  first = rbd_plan_format_date (&self->week_start, C_("week range", "%-d %B"));
  /* Translators: the last day of a week's date range, e.g. "6 December 2026" */
  last = rbd_plan_format_date (&end, C_("week range", "%-d %B %Y"));
  /* Translators: a week's date range, e.g. "30 November – 6 December 2026" */
  range = g_strdup_printf (_("%s – %s"), first, last);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, range);

  self->week_has_sessions = summary.n_sessions > 0;
  show_summary (self, &summary);
  /* The first-start welcome offers the templates itself. */
  gtk_widget_set_visible (self->empty_box,
                          summary.n_sessions == 0 &&
                          !gtk_widget_get_visible (GTK_WIDGET (self->welcome)));
  show_findings (self, findings, summary.n_sessions == 0);

  /* The columns mark what was done or missed as their sessions are set. */
  for (guint i = 0; i < 7; i++)
    g_object_set (rbd_plan_week_view_get_column (self->week_view, i), "today", today, NULL);
  rbd_plan_week_view_set_week (self->week_view, &week, findings, today,
                               self->imperial, is_editable (self));
  rbd_plan_week_clear (&week);

  apply_pending_focus (self);
}

static void
rebuild_month (RbdPlanPage *self,
               const GDate *today)
{
  g_autofree char *title = NULL;
  RbdPlanWeek week;

  rbd_plan_month_view_set_month (self->month_view, self->calendar, &self->anchor,
                                 self->first_weekday, today, self->imperial);

  /* Translators: the heading of the month view, e.g. "November 2026" */
  title = rbd_plan_format_date (&self->anchor, C_("month title", "%B %Y"));
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->subtitle_label, _("Choose a day to open its week"));

  rbd_plan_calendar_get_week (self->calendar, &self->week_start, &week);
  self->week_has_sessions = FALSE;
  for (guint d = 0; d < 7; d++)
    self->week_has_sessions |= week.days[d]->len > 0;
  rbd_plan_week_clear (&week);
}

static void
rebuild (RbdPlanPage *self)
{
  GDate today;

  if (self->store == NULL || self->calendar == NULL)
    return;

  get_today (self, &today);
  self->shown_today = today;
  update_navigation (self);

  if (is_week_view (self))
    rebuild_week (self, &today);
  else
    rebuild_month (self, &today);

  update_actions (self);
}

static void
set_today (RbdPlanPage *self,
           const GDate *today)
{
  gboolean valid = today != NULL && g_date_valid (today);

  if (valid == g_date_valid (&self->today) &&
      (!valid || g_date_compare (today, &self->today) == 0))
    return;

  if (valid)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/* Wakes up once a day, a second after local midnight (found anew each
 * time, so daylight saving changes do not matter), while the page is
 * shown. */
static void
schedule_midnight (RbdPlanPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;
  GTimeSpan wait;

  g_clear_handle_id (&self->midnight_source, g_source_remove);

  midnight = g_date_time_new_local (g_date_time_get_year (now),
                                    g_date_time_get_month (now),
                                    g_date_time_get_day_of_month (now),
                                    0, 0, 0);
  next = g_date_time_add_days (midnight, 1);
  wait = g_date_time_difference (next, now);

  self->midnight_source = g_timeout_add_seconds (MAX (wait / G_USEC_PER_SEC, 0) + 1,
                                                 on_midnight_cb, self);
}

/* After midnight, or a suspend that slept through it: yesterday's
 * sessions may now be missed, and "today" moves on. */
static void
check_day_changed (RbdPlanPage *self)
{
  GDate today;

  /* Nothing shown yet, or a day set by hand. */
  if (!g_date_valid (&self->shown_today) || g_date_valid (&self->today))
    return;

  rbd_date_today (&today);
  if (g_date_compare (&today, &self->shown_today) == 0)
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/* Signal handlers */

static gboolean
on_midnight_cb (gpointer user_data)
{
  RbdPlanPage *self = user_data;

  self->midnight_source = 0;
  check_day_changed (self);
  schedule_midnight (self);

  return G_SOURCE_REMOVE;
}

static void
on_calendar_changed_cb (RbdPlanPage *self)
{
  rebuild (self);
}

static void
on_welcome_visible_cb (RbdPlanPage *self)
{
  rebuild (self);
}

static void
on_store_state_changed_cb (RbdPlanPage *self)
{
  /* After a reload, a restored backup or a fresh start, the lists hold
   * other items: what the toasts would undo no longer applies. */
  g_hash_table_remove_all (self->undo_entries);

  update_state_message (self);
  rebuild (self);
}

static void
on_settings_changed_cb (RbdPlanPage *self,
                        const char  *key,
                        GSettings   *settings)
{
  self->imperial = rbd_plan_settings_get_imperial (self->settings);
  self->first_weekday = rbd_plan_settings_get_first_weekday (self->settings);
  set_anchor (self, &self->anchor);
  rebuild (self);
}

static void
on_dark_changed_cb (RbdPlanPage     *self,
                    GParamSpec      *pspec,
                    AdwStyleManager *manager)
{
  /* The kind colours have a lighter variant for dark backgrounds. */
  if (adw_style_manager_get_dark (manager))
    gtk_widget_add_css_class (GTK_WIDGET (self), "dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dark");
}

static void
on_editor_saved_cb (RbdPlanPage       *self,
                    RbdPlannedSession *session,
                    RbdPlanEditor     *editor)
{
  GDate date;

  if (!get_session_date (session, &date))
    return;

  /* Show where the session went, and put the focus on it. */
  if (is_week_view (self))
    {
      if (!week_contains (self, &date))
        set_anchor (self, &date);
      set_focus_session (self, rbd_record_get_id (RBD_RECORD (session)));
    }
  else if (g_date_get_month (&date) != g_date_get_month (&self->anchor) ||
           g_date_get_year (&date) != g_date_get_year (&self->anchor))
    {
      set_anchor (self, &date);
    }

  rebuild (self);
}

static void
open_editor (RbdPlanPage       *self,
             RbdPlannedSession *session,
             const GDate       *day)
{
  RbdPlanEditor *editor;

  editor = rbd_plan_editor_new (self->store, session, day, self->imperial);
  gtk_window_set_transient_for (GTK_WINDOW (editor), get_window (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
move_session (RbdPlanPage       *self,
              RbdPlannedSession *session,
              const GDate       *to)
{
  GDate from;
  char date[11];

  if (get_session_date (session, &from) && g_date_compare (&from, to) == 0)
    return;

  rbd_date_format_buf (to, date);
  rbd_record_set_string (RBD_RECORD (session), "date", date);

  /* Follow the session into the next or previous week. */
  if (is_week_view (self) && !week_contains (self, to))
    set_anchor (self, to);
  set_focus_session (self, rbd_record_get_id (RBD_RECORD (session)));

  rebuild (self);
}

/* Actions */

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GDate day = self->anchor;

  if (is_week_view (self))
    {
      g_date_subtract_days (&day, 7);
    }
  else
    {
      g_date_set_day (&day, 1);
      g_date_subtract_months (&day, 1);
    }

  set_anchor (self, &day);
  rebuild (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GDate day = self->anchor;

  if (is_week_view (self))
    {
      g_date_add_days (&day, 7);
    }
  else
    {
      g_date_set_day (&day, 1);
      g_date_add_months (&day, 1);
    }

  set_anchor (self, &day);
  rebuild (self);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GDate today;

  get_today (self, &today);
  set_anchor (self, &today);
  rebuild (self);
}

static void
toggle_view_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean focus_in_view = focus != NULL &&
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack));

  /* From the keyboard, the focus goes along to the same day in the other
   * view instead of falling back to the window. */
  if (is_week_view (self))
    {
      GDate day = self->anchor;

      if (focus_in_view)
        get_focused_day (self, &day);
      set_anchor (self, &day);
      rbd_plan_page_set_view (self, "month");
      if (focus_in_view)
        {
          GtkWidget *button = rbd_plan_month_view_get_day_button (self->month_view, &day);

          if (button != NULL)
            gtk_widget_grab_focus (button);
        }
    }
  else
    {
      GDate day = self->anchor;

      if (focus_in_view && get_focused_day (self, &day))
        set_anchor (self, &day);
      if (focus_in_view)
        set_focus_day (self, &day);
      rbd_plan_page_set_view (self, "week");
    }
}

static void
show_week_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GDate day;

  if (!rbd_date_parse (g_variant_get_string (parameter, NULL), &day))
    return;

  set_anchor (self, &day);
  set_focus_day (self, &day);
  if (is_week_view (self))
    rebuild (self);
  else
    rbd_plan_page_set_view (self, "week");
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GDate day;

  if (!get_focused_day (self, &day))
    {
      GDate today;

      get_today (self, &today);
      if (is_week_view (self) ? week_contains (self, &today)
                              : (g_date_get_month (&today) == g_date_get_month (&self->anchor) &&
                                 g_date_get_year (&today) == g_date_get_year (&self->anchor)))
        day = today;
      else if (is_week_view (self))
        day = self->week_start;
      else
        {
          day = self->anchor;
          g_date_set_day (&day, 1);
        }
    }

  open_editor (self, NULL, &day);
}

static void
add_on_day_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  GDate day;

  if (rbd_date_parse (g_variant_get_string (parameter, NULL), &day))
    open_editor (self, NULL, &day);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  RbdPlannedSession *session = find_session (self, g_variant_get_string (parameter, NULL), NULL);

  if (session != NULL)
    open_editor (self, session, NULL);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  g_autoptr(RbdRecord) copy = NULL;
  g_autofree char *id = NULL;
  RbdPlannedSession *session;
  UndoEntry *entry;
  guint position;

  session = find_session (self, g_variant_get_string (parameter, NULL), &position);
  if (session == NULL)
    return;

  copy = rbd_record_copy (RBD_RECORD (session));
  if (copy == NULL)
    return;

  /* A copy is a session of its own. */
  id = g_uuid_string_random ();
  rbd_record_set_string (copy, "id", id);
  g_list_store_insert (rbd_store_get_planned (self->store), position + 1, copy);

  entry = undo_entry_new (rbd_store_get_planned (self->store));
  g_ptr_array_add (entry->added, g_object_ref (copy));
  show_undo_toast (self, _("Session duplicated"), entry);

  set_focus_session (self, id);
  rebuild (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RbdPlannedSession *session;
  UndoEntry *entry;
  GDate date;

  session = find_session (self, g_variant_get_string (parameter, NULL), NULL);
  if (session == NULL)
    return;

  /* The focus goes to a neighbour on the same day, or to its "+". */
  if (get_session_date (session, &date))
    {
      g_autoptr(GPtrArray) day = rbd_plan_calendar_get_day (self->calendar, &date);
      guint index;

      set_focus_day (self, &date);
      if (day->len > 1 && g_ptr_array_find (day, session, &index))
        set_focus_session (self, rbd_record_get_id (day->pdata[index + 1 < day->len ? index + 1
                                                                                  : index - 1]));
    }

  entry = undo_entry_new (rbd_store_get_planned (self->store));
  g_ptr_array_add (items, session);
  undo_entry_remove_items (entry, items);
  show_undo_toast (self, _("Session deleted"), entry);

  rebuild (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  RbdPlannedSession *session;
  const char *id;
  int delta;
  GDate date;

  g_variant_get (parameter, "(&si)", &id, &delta);
  session = find_session (self, id, NULL);
  if (session == NULL || !get_session_date (session, &date))
    return;

  if (delta > 0)
    g_date_add_days (&date, (guint) delta);
  else if (delta < 0)
    g_date_subtract_days (&date, (guint) -delta);

  move_session (self, session, &date);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  RbdPlannedSession *session;
  const char *id;
  const char *text;
  GDate date;

  g_variant_get (parameter, "(&s&s)", &id, &text);
  session = find_session (self, id, NULL);
  if (session != NULL && rbd_date_parse (text, &date))
    move_session (self, session, &date);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  gpointer key = GUINT_TO_POINTER (g_variant_get_uint32 (parameter));
  UndoEntry *entry = g_hash_table_lookup (self->undo_entries, key);

  if (entry == NULL)
    return;

  undo_entry_revert (entry);
  if (entry->removed->len > 0 && entry->list == rbd_store_get_planned (self->store))
    set_focus_session (self, rbd_record_get_id (entry->removed->pdata[0]));
  g_hash_table_remove (self->undo_entries, key);

  rebuild (self);
}

static void
show_templates_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);

  gtk_menu_button_popup (self->templates_button);
}

static void
apply_template_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  RbdWeekTemplate *template;
  RbdPlanWeek week;
  guint n_sessions = 0;
  GtkWidget *dialog;

  template = find_template (self, g_variant_get_string (parameter, NULL), NULL);
  if (template == NULL)
    return;

  rbd_plan_calendar_get_week (self->calendar, &self->week_start, &week);
  for (guint d = 0; d < 7; d++)
    n_sessions += week.days[d]->len;
  rbd_plan_week_clear (&week);

  if (n_sessions == 0)
    {
      apply_template (self, template, FALSE);
      return;
    }

  dialog = adw_message_dialog_new (get_window (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     /* Translators: %s is a week template's name */
                                     _("Apply “%s”?"), template_name (template));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "This week already has %u session. Replace it "
                                               "with the template’s sessions, or add them to it?",
                                               "This week already has %u sessions. Replace them "
                                               "with the template’s sessions, or add these to "
                                               "them?",
                                               n_sessions),
                                  n_sessions);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add to Week"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "template", g_object_ref (template), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_apply_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_template_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  gtk_popover_popdown (self->template_popover);

  dialog = adw_message_dialog_new (get_window (self), _("Save This Week as a Template"),
                                   _("Its sessions are kept by weekday, so any week can start "
                                     "from it. Give it a name to find it by under Templates."));

  entry = gtk_entry_new ();
  /* Translators: the suggested name for a template made from a week; %u is its number */
  name = g_strdup_printf (_("Week %u Plan"), rbd_plan_week_number (&self->week_start));
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Template name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_object (entry, "changed", G_CALLBACK (on_template_name_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_template_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
delete_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autofree char *title = NULL;
  RbdWeekTemplate *template;
  GListStore *list = NULL;
  UndoEntry *entry;

  template = find_template (self, g_variant_get_string (parameter, NULL), &list);
  if (template == NULL || list != rbd_store_get_templates (self->store))
    return;

  /* Translators: %s is a template name */
  title = g_strdup_printf (_("Template “%s” deleted"), template_name (template));
  entry = undo_entry_new (list);
  g_ptr_array_add (items, template);
  undo_entry_remove_items (entry, items);
  show_undo_toast (self, title, entry);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *job_name = NULL;
  GtkPrintOperationResult result;
  RbdProfile *profile = rbd_store_get_profile (self->store);
  PrintJob *job = g_new0 (PrintJob, 1);

  rbd_plan_calendar_get_week (self->calendar, &self->week_start, &job->week);
  rbd_plan_calendar_get_context (self->calendar, &self->week_start, &job->context, job->previous);
  job->body_mass_kg = profile != NULL && rbd_record_is_set (RBD_RECORD (profile), "body_mass_kg")
                      ? rbd_profile_get_body_mass_kg (profile) : RBD_UNSET;
  g_object_set_data_full (G_OBJECT (operation), "rbd-print-job", job, print_job_free);

  /* Translators: the print job's name; %u is a week number */
  job_name = g_strdup_printf (_("Rebound: Week %u"), rbd_plan_week_number (&self->week_start));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, ensure_page_setup (self));
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, self->print_settings);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_allow_async (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    get_window (self), &error);

  /* An asynchronous run reports through "done"; a synchronous one (some
   * platforms) returns here without emitting it. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could not print the week"), error);
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    on_print_done_cb (operation, result, self);
}

static void
page_setup_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);

  gtk_print_run_page_setup_dialog_async (get_window (self), ensure_page_setup (self),
                                         self->print_settings, on_page_setup_done_cb,
                                         g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->export_chooser != NULL)
    return;

  self->export_chooser = gtk_file_chooser_native_new (_("Export Calendar"), get_window (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), "rebound-plan.ics");

  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);

  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (on_export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

/* GObject */

static void
rbd_plan_page_map (GtkWidget *widget)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (rbd_plan_page_parent_class)->map (widget);

  check_day_changed (self);
  schedule_midnight (self);
}

static void
rbd_plan_page_unmap (GtkWidget *widget)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (widget);

  g_clear_handle_id (&self->midnight_source, g_source_remove);

  GTK_WIDGET_CLASS (rbd_plan_page_parent_class)->unmap (widget);
}

static void
rbd_plan_page_dispose (GObject *object)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (object);

  g_clear_handle_id (&self->midnight_source, g_source_remove);

  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_PLAN_PAGE);

  g_clear_pointer (&self->undo_entries, g_hash_table_unref);
  g_clear_object (&self->calendar);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->builtin_templates);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->print_settings);

  G_OBJECT_CLASS (rbd_plan_page_parent_class)->dispose (object);
}

static void
rbd_plan_page_finalize (GObject *object)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (object);

  g_free (self->view);
  g_free (self->focus_session_id);

  G_OBJECT_CLASS (rbd_plan_page_parent_class)->finalize (object);
}

static void
rbd_plan_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;

    case PROP_TODAY:
      {
        GDate today;

        get_today (self, &today);
        g_value_set_boxed (value, &today);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RbdPlanPage *self = RBD_PLAN_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      rbd_plan_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_VIEW:
      rbd_plan_page_set_view (self, g_value_get_string (value));
      break;

    case PROP_TODAY:
      set_today (self, g_value_get_boxed (value));
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
rbd_plan_page_class_init (RbdPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_page_dispose;
  object_class->finalize = rbd_plan_page_finalize;
  object_class->get_property = rbd_plan_page_get_property;
  object_class->set_property = rbd_plan_page_set_property;

  widget_class->map = rbd_plan_page_map;
  widget_class->unmap = rbd_plan_page_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RBD_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL,
                         "week",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* The day the page takes as today: where "Today" goes, which day is
   * marked, and which planned sessions are over and missed. Follows the
   * clock (across midnight too) unless set; setting NULL goes back to
   * the clock. */
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RBD_TYPE_PLAN_WEEK_VIEW);
  g_type_ensure (RBD_TYPE_PLAN_MONTH_VIEW);
  g_type_ensure (RBD_TYPE_PLAN_WELCOME);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planpage");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, previous_button);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, templates_button);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, state_revealer);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, state_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, state_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, welcome);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, summary_box);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, time_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, distance_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, sessions_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, easy_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, quality_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, long_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, empty_box);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, week_view);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, month_view);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, template_popover);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, builtin_list);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, own_heading);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, own_scroller);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, own_list);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanPage, target_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_template_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_welcome_visible_cb);

  gtk_widget_class_install_property_action (widget_class, "plan.view", "view");
  gtk_widget_class_install_action (widget_class, "plan.toggle-view", NULL, toggle_view_action);
  gtk_widget_class_install_action (widget_class, "plan.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "plan.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "plan.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "plan.show-week", "s", show_week_action);
  gtk_widget_class_install_action (widget_class, "plan.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "plan.add-on-day", "s", add_on_day_action);
  gtk_widget_class_install_action (widget_class, "plan.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "plan.duplicate", "s", duplicate_action);
  gtk_widget_class_install_action (widget_class, "plan.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "plan.move", "(si)", move_action);
  gtk_widget_class_install_action (widget_class, "plan.move-to", "(ss)", move_to_action);
  gtk_widget_class_install_action (widget_class, "plan.undo", "u", undo_action);
  gtk_widget_class_install_action (widget_class, "plan.show-templates", NULL,
                                   show_templates_action);
  gtk_widget_class_install_action (widget_class, "plan.apply-template", "s",
                                   apply_template_action);
  gtk_widget_class_install_action (widget_class, "plan.save-template", NULL,
                                   save_template_action);
  gtk_widget_class_install_action (widget_class, "plan.delete-template", "s",
                                   delete_template_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "plan.page-setup", NULL, page_setup_action);
  gtk_widget_class_install_action (widget_class, "plan.export", NULL, export_action);
}

static void
rbd_plan_page_init (RbdPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkShortcutController *shortcuts;
  AdwStyleManager *style_manager;
  GDate today;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "plan-page");

  self->view = g_strdup ("week");
  g_date_clear (&self->anchor, 1);
  g_date_clear (&self->today, 1);
  g_date_clear (&self->shown_today, 1);
  self->undo_entries = g_hash_table_new_full (NULL, NULL, NULL, undo_entry_free);
  g_date_clear (&self->focus_day, 1);

  /* Not APP_ID: the development build shares the settings schema. */
  self->settings = g_settings_new (BASE_APP_ID);
  self->imperial = rbd_plan_settings_get_imperial (self->settings);
  self->first_weekday = rbd_plan_settings_get_first_weekday (self->settings);
  g_signal_connect_object (self->settings, "changed::units",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::first-day-of-week",
                           G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);

  rbd_date_today (&today);
  set_anchor (self, &today);

  self->builtin_templates = rbd_week_template_load_builtin (&error);
  if (self->builtin_templates == NULL)
    {
      show_error (self, _("Could not load the built-in templates"), error);
      self->builtin_templates = g_list_store_new (RBD_TYPE_WEEK_TEMPLATE);
    }
  gtk_list_box_bind_model (self->builtin_list, G_LIST_MODEL (self->builtin_templates),
                           create_template_row, self, NULL);
  gtk_widget_set_visible (self->own_heading, FALSE);
  gtk_widget_set_visible (self->own_scroller, FALSE);

  /* The summary figures are read, not chosen: keep them out of the focus
   * chain. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  /* Page shortcuts work wherever the focus is in the window, but only
   * while the page is shown (GTK skips unmapped widgets' shortcuts). */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_GLOBAL);
  add_shortcut (shortcuts, "<Alt>Left", "plan.previous");
  add_shortcut (shortcuts, "<Alt>Right", "plan.next");
  add_shortcut (shortcuts, "<Alt>Home", "plan.today");
  add_shortcut (shortcuts, "<Control>m", "plan.toggle-view");
  add_shortcut (shortcuts, "<Control>n", "plan.add");
  add_shortcut (shortcuts, "<Control>p", "plan.print");
  add_shortcut (shortcuts, "<Control><Shift>e", "plan.export");
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (shortcuts));

  style_manager = adw_style_manager_get_default ();
  g_signal_connect_object (style_manager, "notify::dark", G_CALLBACK (on_dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_dark_changed_cb (self, NULL, style_manager);

  update_navigation (self);
  update_actions (self);
}

GtkWidget *
rbd_plan_page_new (void)
{
  return g_object_new (RBD_TYPE_PLAN_PAGE, NULL);
}

RbdStore *
rbd_plan_page_get_store (RbdPlanPage *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_PAGE (self), NULL);

  return self->store;
}

/* The page shows one store for its whole life. */
void
rbd_plan_page_set_store (RbdPlanPage *self,
                         RbdStore    *store)
{
  g_return_if_fail (RBD_IS_PLAN_PAGE (self));
  g_return_if_fail (store == NULL || RBD_IS_STORE (store));

  if (self->store == store)
    return;

  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->calendar = rbd_plan_calendar_new (store);
  for (guint i = 0; i < 7; i++)
    g_object_set (rbd_plan_week_view_get_column (self->week_view, i),
                  "calendar", self->calendar,
                  NULL);

  g_signal_connect_object (self->calendar, "changed", G_CALLBACK (on_calendar_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::state", G_CALLBACK (on_store_state_changed_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_list_box_bind_model (self->own_list, G_LIST_MODEL (rbd_store_get_templates (store)),
                           create_template_row, self, NULL);
  g_signal_connect_object (rbd_store_get_templates (store), "items-changed",
                           G_CALLBACK (on_own_templates_changed_cb), self, G_CONNECT_SWAPPED);
  on_own_templates_changed_cb (self);
  rbd_plan_welcome_set_store (self->welcome, store);

  update_state_message (self);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
rbd_plan_page_get_view (RbdPlanPage *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_PAGE (self), NULL);

  return self->view;
}

/* "week" or "month". */
void
rbd_plan_page_set_view (RbdPlanPage *self,
                        const char  *view)
{
  g_return_if_fail (RBD_IS_PLAN_PAGE (self));
  g_return_if_fail (g_strcmp0 (view, "week") == 0 || g_strcmp0 (view, "month") == 0);

  if (g_strcmp0 (self->view, view) == 0)
    return;

  g_free (self->view);
  self->view = g_strdup (view);
  gtk_stack_set_visible_child_name (self->view_stack, view);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

void
rbd_plan_page_get_week_start (RbdPlanPage *self,
                              GDate       *start)
{
  g_return_if_fail (RBD_IS_PLAN_PAGE (self));
  g_return_if_fail (start != NULL);

  *start = self->week_start;
}

/* Shows the week (or month) that holds @day. */
void
rbd_plan_page_show_day (RbdPlanPage *self,
                        const GDate *day)
{
  g_return_if_fail (RBD_IS_PLAN_PAGE (self));
  g_return_if_fail (day != NULL && g_date_valid (day));

  set_anchor (self, day);
  rebuild (self);
}
