/* rbd-session-detail.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-session-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-fuel.h"
#include "rbd-gpx-reader.h"
#include "rbd-kind.h"
#include "rbd-log-util.h"
#include "rbd-plan-util.h"
#include "rbd-route-map.h"
#include "rbd-session-detail.h"
#include "rbd-training-load.h"

/* One logged session: its figures, its route on a map (read from the
 * GPX copy beside the document, off the main thread), and its notes. */
struct _RbdSessionDetail
{
  GtkWidget          parent_instance;

  RbdStore          *store;
  RbdSession        *session;
  gulong             notify_id;
  char              *title;
  char              *route;          /* the route path the track was read from */
  RbdGpxTrack       *track;
  GCancellable      *cancellable;
  ShumateDataSource *tile_source;
  gboolean           tile_source_set;
  gboolean           imperial;
  const char        *kind_class;
  GString           *figures;

  /* Template widgets */
  GtkWidget         *scroller;
  GtkWidget         *header_box;
  GtkImage          *kind_icon;
  GtkLabel          *title_label;
  GtkLabel          *date_label;
  GtkWidget         *edit_button;
  GtkWidget         *delete_button;
  GtkFlowBox        *stats_box;
  GtkStack          *route_stack;
  RbdRouteMap       *route_map;
  GtkSpinner        *route_spinner;
  GtkLabel          *route_error_label;
  GtkWidget         *notes_group;
  GtkLabel          *notes_label;
};

G_DEFINE_FINAL_TYPE (RbdSessionDetail, rbd_session_detail, GTK_TYPE_WIDGET)

static void
add_figure (RbdSessionDetail *self,
            const char       *caption,
            const char       *value)
{
  GtkWidget *box, *value_label, *caption_label;
  g_autofree char *accessible = NULL;

  if (value == NULL || *value == '\0')
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (box, "log-figure");
  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_widget_add_css_class (value_label, "title-4");
  gtk_widget_add_css_class (value_label, "numeric");
  caption_label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_widget_add_css_class (caption_label, "dim-label");
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label);

  accessible = g_strdup_printf ("%s: %s", caption, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_flow_box_append (self->stats_box, box);

  if (self->figures->len > 0)
    g_string_append_c (self->figures, '\n');
  g_string_append (self->figures, accessible);
}

static const char *
find_shoe_name (RbdSessionDetail *self,
                const char       *id)
{
  GListModel *shoes;

  if (self->store == NULL || id == NULL)
    return NULL;

  shoes = G_LIST_MODEL (rbd_store_get_shoes (self->store));
  for (guint i = 0; i < g_list_model_get_n_items (shoes); i++)
    {
      g_autoptr(RbdRecord) shoe = g_list_model_get_item (shoes, i);

      if (g_strcmp0 (rbd_record_get_id (shoe), id) == 0)
        {
          const char *name = rbd_record_get_string (shoe, "name");

          /* The list keeps the shoe, and so its name. */
          return name != NULL && *name != '\0' ? name : _("Unnamed shoes");
        }
    }

  return NULL;
}

static void
add_sweat_rate (RbdSessionDetail *self)
{
  RbdRecord *record = RBD_RECORD (self->session);
  RbdUnits units = self->imperial ? RBD_UNITS_IMPERIAL : RBD_UNITS_METRIC;
  RbdSweatInput input = { 0, };
  RbdSweatResult result;
  g_autoptr(GError) error = NULL;
  g_autofree char *rate = NULL;

  if (!rbd_record_is_set (record, "mass_before_kg") ||
      !rbd_record_is_set (record, "mass_after_kg") ||
      rbd_record_get_int (record, "duration_s") <= 0)
    return;

  input.mass_before_kg = rbd_record_get_double (record, "mass_before_kg");
  input.mass_after_kg = rbd_record_get_double (record, "mass_after_kg");
  input.fluid_ml = MAX (rbd_record_get_double (record, "fluid_ml"), 0);
  input.duration_s = rbd_record_get_int (record, "duration_s");

  if (!rbd_fuel_sweat_test (&input, &result, &error))
    {
      add_figure (self, _("Sweat rate"), error->message);
      return;
    }

  rate = rbd_format_sweat_rate (result.rate_ml_per_h, units);
  add_figure (self, _("Sweat rate"), rate);
}

static void
update_figures (RbdSessionDetail *self)
{
  RbdRecord *record = RBD_RECORD (self->session);
  GtkWidget *child;
  int duration_s, value;
  double distance_m, load;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stats_box))) != NULL)
    gtk_flow_box_remove (self->stats_box, child);
  g_string_truncate (self->figures, 0);

  duration_s = rbd_record_get_int (record, "duration_s");
  distance_m = rbd_record_get_double (record, "distance_m");

  if (duration_s > 0)
    {
      g_autofree char *text = rbd_plan_format_duration (duration_s);

      add_figure (self, _("Duration"), text);
    }
  if (distance_m > 0)
    {
      g_autofree char *text = rbd_plan_format_distance (distance_m, self->imperial);

      add_figure (self, _("Distance"), text);
    }
  {
    g_autofree char *pace = rbd_log_format_pace (distance_m, duration_s, self->imperial);

    add_figure (self, _("Pace"), pace);
  }
  if (self->track != NULL)
    {
      int moving_s = rbd_gpx_track_get_moving_s (self->track);
      double gain_m = rbd_gpx_track_get_elevation_gain_m (self->track);

      if (moving_s > 0)
        {
          g_autofree char *text = rbd_plan_format_duration (moving_s);

          add_figure (self, _("Moving time"), text);
        }
      if (gain_m >= 0)
        {
          g_autofree char *text = self->imperial
            /* Translators: an elevation gain in feet */
            ? g_strdup_printf (_("%.0f ft"), gain_m / 0.3048)
            /* Translators: an elevation gain in metres */
            : g_strdup_printf (_("%.0f m"), gain_m);

          add_figure (self, _("Elevation gain"), text);
        }
    }

  value = rbd_record_get_int (record, "rpe");
  if (value >= 1)
    {
      g_autofree char *text = rbd_log_format_rpe (value);

      add_figure (self, _("Effort (RPE)"), text);
    }
  load = rbd_session_get_load (self->session);
  if (load >= 0)
    {
      g_autofree char *text = rbd_log_format_load (load);

      add_figure (self, _("Load"), text);
    }
  value = rbd_record_get_int (record, "avg_hr_bpm");
  if (value > 0)
    {
      /* Translators: a heart rate in beats per minute */
      g_autofree char *text = g_strdup_printf (_("%d bpm"), value);

      add_figure (self, _("Average heart rate"), text);
    }
  value = rbd_record_get_int (record, "soreness");
  if (value >= 0)
    {
      g_autofree char *text = g_strdup_printf (_("%d · %s"), value,
                                               rbd_log_soreness_get_words (value));

      add_figure (self, _("Soreness"), text);
    }
  add_figure (self, _("Shoes"), find_shoe_name (self, rbd_record_get_string (record, "shoe_id")));
  if (rbd_record_get_double (record, "fluid_ml") > 0)
    {
      RbdRange fluid;
      g_autofree char *text = NULL;

      fluid.min = fluid.max = rbd_record_get_double (record, "fluid_ml");
      text = rbd_format_fluid (&fluid, self->imperial ? RBD_UNITS_IMPERIAL : RBD_UNITS_METRIC);
      add_figure (self, _("Fluid drunk"), text);
    }
  add_sweat_rate (self);
}

static void
on_track_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RbdGpxTrack) track = g_task_propagate_pointer (G_TASK (result), &error);
  RbdSessionDetail *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = RBD_SESSION_DETAIL (object);
  gtk_spinner_stop (self->route_spinner);

  if (track == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The route could not be shown: %s"),
                                               error->message);

      gtk_label_set_text (self->route_error_label, text);
      gtk_stack_set_visible_child_name (self->route_stack, "error");
      return;
    }

  g_set_object (&self->track, track);
  if (!self->tile_source_set)
    {
      self->tile_source = rbd_route_map_new_osm_source ();
      self->tile_source_set = TRUE;
    }
  rbd_route_map_set_tile_source (self->route_map, self->tile_source);
  rbd_route_map_set_imperial (self->route_map, self->imperial);
  rbd_route_map_set_track (self->route_map, track);
  gtk_stack_set_visible_child_name (self->route_stack, "map");
  update_figures (self);
}

static void
read_track_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;
  RbdGpxTrack *track = rbd_gpx_track_new_from_file (task_data, &error);

  if (track == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, track, g_object_unref);
}

/* Reads the session's GPX copy when it has one, unless already read. */
static void
update_route (RbdSessionDetail *self)
{
  const char *route = rbd_record_get_string (RBD_RECORD (self->session), "route");
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  if (route != NULL && g_strcmp0 (route, self->route) == 0)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->track);
  g_free (self->route);
  self->route = g_strdup (route);
  rbd_route_map_set_track (self->route_map, NULL);

  if (route == NULL || self->store == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->route_stack), FALSE);
      return;
    }

  path = g_path_is_absolute (route)
    ? g_strdup (route)
    : g_build_filename (rbd_store_get_data_dir (self->store), route, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->route_stack), TRUE);
  gtk_stack_set_visible_child_name (self->route_stack, "loading");
  gtk_spinner_start (self->route_spinner);

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_track_read_cb, NULL);
  g_task_set_source_tag (task, update_route);
  g_task_set_task_data (task, g_steal_pointer (&path), g_free);
  g_task_run_in_thread (task, read_track_thread);
}

static void
update (RbdSessionDetail *self)
{
  RbdRecord *record = RBD_RECORD (self->session);
  g_autofree char *date = NULL;
  const char *notes;
  RbdKind kind = rbd_record_get_enum (record, "kind");
  const char *id = rbd_record_get_id (record);

  if ((guint) kind >= RBD_N_KINDS)
    kind = RBD_KIND_EASY;

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (self->header_box, self->kind_class);
  self->kind_class = rbd_plan_kind_get_css_class (kind);
  gtk_widget_add_css_class (self->header_box, self->kind_class);
  gtk_image_set_from_icon_name (self->kind_icon, rbd_plan_kind_get_icon_name (kind));

  gtk_label_set_text (self->title_label, self->title != NULL && *self->title != '\0'
                                         ? self->title : rbd_kind_get_label (kind));
  date = rbd_log_format_session_start (self->session);
  gtk_label_set_text (self->date_label, date);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "log.edit-session");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "log.delete-session");

  notes = rbd_record_get_string (record, "notes");
  gtk_label_set_text (self->notes_label, notes != NULL ? notes : "");
  gtk_widget_set_visible (self->notes_group, notes != NULL && *notes != '\0');

  update_figures (self);
  update_route (self);
}

static void
on_session_notify_cb (RbdSessionDetail *self)
{
  update (self);
}

static void
disconnect_session (RbdSessionDetail *self)
{
  if (self->session != NULL)
    g_clear_signal_handler (&self->notify_id, self->session);
  g_clear_object (&self->session);
}

static void
rbd_session_detail_dispose (GObject *object)
{
  RbdSessionDetail *self = RBD_SESSION_DETAIL (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  disconnect_session (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_SESSION_DETAIL);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->track);
  g_clear_object (&self->tile_source);

  G_OBJECT_CLASS (rbd_session_detail_parent_class)->dispose (object);
}

static void
rbd_session_detail_finalize (GObject *object)
{
  RbdSessionDetail *self = RBD_SESSION_DETAIL (object);

  g_free (self->title);
  g_free (self->route);
  g_string_free (self->figures, TRUE);

  G_OBJECT_CLASS (rbd_session_detail_parent_class)->finalize (object);
}

static void
rbd_session_detail_class_init (RbdSessionDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_session_detail_dispose;
  object_class->finalize = rbd_session_detail_finalize;

  g_type_ensure (RBD_TYPE_ROUTE_MAP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-session-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, header_box);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, date_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, edit_button);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, delete_button);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, stats_box);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, route_stack);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, route_map);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, route_spinner);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, route_error_label);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, notes_group);
  gtk_widget_class_bind_template_child (widget_class, RbdSessionDetail, notes_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sessiondetail");
}

static void
rbd_session_detail_init (RbdSessionDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->figures = g_string_new (NULL);
}

GtkWidget *
rbd_session_detail_new (void)
{
  return g_object_new (RBD_TYPE_SESSION_DETAIL, NULL);
}

void
rbd_session_detail_set_store (RbdSessionDetail *self,
                              RbdStore         *store)
{
  g_return_if_fail (RBD_IS_SESSION_DETAIL (self));
  g_return_if_fail (store == NULL || RBD_IS_STORE (store));

  g_set_object (&self->store, store);
}

/**
 * rbd_session_detail_set_tile_source:
 * @source: (nullable): where map tiles come from; %NULL for none. Until
 *   this is called, OpenStreetMap's tile servers.
 */
void
rbd_session_detail_set_tile_source (RbdSessionDetail  *self,
                                    ShumateDataSource *source)
{
  g_return_if_fail (RBD_IS_SESSION_DETAIL (self));
  g_return_if_fail (source == NULL || SHUMATE_IS_DATA_SOURCE (source));

  g_set_object (&self->tile_source, source);
  self->tile_source_set = TRUE;
  if (self->track != NULL)
    rbd_route_map_set_tile_source (self->route_map, source);
}

/**
 * rbd_session_detail_set_session:
 * @session: (nullable): the session to show
 * @title: (nullable): the title of the planned session it was logged for
 */
void
rbd_session_detail_set_session (RbdSessionDetail *self,
                                RbdSession       *session,
                                const char       *title,
                                gboolean          imperial)
{
  g_return_if_fail (RBD_IS_SESSION_DETAIL (self));
  g_return_if_fail (session == NULL || RBD_IS_SESSION (session));

  if (session != self->session)
    {
      GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (self->scroller);

      disconnect_session (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 0);
    }

  g_free (self->title);
  self->title = g_strdup (title);
  self->imperial = imperial;
  rbd_route_map_set_imperial (self->route_map, imperial);

  if (session == NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      g_clear_object (&self->track);
      g_clear_pointer (&self->route, g_free);
      rbd_route_map_set_track (self->route_map, NULL);
      return;
    }

  if (self->session == NULL)
    {
      self->session = g_object_ref (session);
      self->notify_id = g_signal_connect_swapped (session, "notify",
                                                  G_CALLBACK (on_session_notify_cb), self);
    }

  update (self);
}

RbdSession *
rbd_session_detail_get_session (RbdSessionDetail *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_DETAIL (self), NULL);

  return self->session;
}

void
rbd_session_detail_set_editable (RbdSessionDetail *self,
                                 gboolean          editable)
{
  g_return_if_fail (RBD_IS_SESSION_DETAIL (self));

  gtk_widget_set_visible (self->edit_button, editable);
  gtk_widget_set_visible (self->delete_button, editable);
}

RbdRouteMap *
rbd_session_detail_get_route_map (RbdSessionDetail *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_DETAIL (self), NULL);

  return self->route_map;
}

/* Whether the route is on the map (read and drawn). */
gboolean
rbd_session_detail_is_route_shown (RbdSessionDetail *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_DETAIL (self), FALSE);

  return self->track != NULL &&
         gtk_widget_get_visible (GTK_WIDGET (self->route_stack)) &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->route_stack), "map") == 0;
}

/* The figures shown, one "caption: value" a line. */
char *
rbd_session_detail_dup_figures (RbdSessionDetail *self)
{
  g_return_val_if_fail (RBD_IS_SESSION_DETAIL (self), NULL);

  return g_strdup (self->figures->str);
}
