/* rbd-plan-card.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-cooldown.h"
#include "rbd-kind.h"
#include "rbd-plan-card.h"
#include "rbd-plan-util.h"

/* One planned session in the week view. Activating it edits the session;
 * its other commands (duplicate, move, delete) are card actions that hand
 * the session's id to the page's "plan." actions, so the card itself never
 * changes the store. "Mark Done…" goes to the window ("win.log-planned"),
 * which opens the Log page's editor linked to the session; the item is
 * hidden where no window offers that action. */
struct _RbdPlanCard
{
  GtkButton          parent_instance;

  RbdPlannedSession *session;
  GtkWidget         *popover;
  const char        *kind_class;
  gboolean           editable;
  RbdPlanStatus      status;

  /* Template widgets */
  GtkImage          *icon;
  GtkLabel          *title_label;
  GtkLabel          *kind_label;
  GtkLabel          *meta_label;
  GtkWidget         *status_box;
  GtkImage          *status_icon;
  GtkLabel          *status_label;
  GMenuModel        *context_menu;
  GMenu             *log_section;
};

G_DEFINE_FINAL_TYPE (RbdPlanCard, rbd_plan_card, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
get_id (RbdPlanCard *self)
{
  return rbd_record_get_id (RBD_RECORD (self->session));
}

static gboolean
can_mark_done (RbdPlanCard *self)
{
  return self->editable &&
         self->status != RBD_PLAN_STATUS_DONE &&
         rbd_record_get_enum (RBD_RECORD (self->session), "kind") != RBD_KIND_REST;
}

/* The item carries the id of the session shown now (cards are reused), so
 * it is made when the menu opens. Pointing it at the window's action
 * directly lets GTK hide it where there is no such action. */
static void
update_log_section (RbdPlanCard *self)
{
  g_menu_remove_all (self->log_section);

  if (can_mark_done (self))
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Mark Done…"), NULL);

      g_menu_item_set_action_and_target_value (item, "win.log-planned",
                                               g_variant_new_string (get_id (self)));
      g_menu_item_set_attribute (item, "hidden-when", "s", "action-missing");
      g_menu_append_item (self->log_section, item);
    }
}

static void
update_accessible (RbdPlanCard *self)
{
  RbdRecord *record = RBD_RECORD (self->session);
  const char *title = rbd_record_get_string (record, "title");
  const char *meta = gtk_label_get_text (self->meta_label);
  const char *status = rbd_plan_status_get_label (self->status);
  g_autoptr(GString) accessible = g_string_new (NULL);

  g_string_append (accessible, rbd_kind_get_label (rbd_record_get_enum (record, "kind")));
  if (title != NULL && *title != '\0')
    g_string_append_printf (accessible, ": %s", title);
  if (meta != NULL && *meta != '\0')
    g_string_append_printf (accessible, ", %s", meta);
  if (status != NULL)
    g_string_append_printf (accessible, ", %s", status);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Press Enter to edit, Delete to remove, "
                                    "Alt+Shift+arrow keys to move to another day"),
                                  -1);
}

static void
popup_menu_at (RbdPlanCard *self,
               double       x,
               double       y)
{
  update_log_section (self);

  if (self->popover == NULL)
    {
      self->popover = gtk_popover_menu_new_from_model (self->context_menu);
      gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
      gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
      gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
    }

  if (x >= 0 && y >= 0)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                                 &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  else
    gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), NULL);

  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
forward (RbdPlanCard *self,
         const char  *action_name)
{
  gtk_widget_activate_action (GTK_WIDGET (self), action_name, "s", get_id (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  forward (RBD_PLAN_CARD (widget), "plan.edit");
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  forward (RBD_PLAN_CARD (widget), "plan.duplicate");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  forward (RBD_PLAN_CARD (widget), "plan.delete");
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RbdPlanCard *self = RBD_PLAN_CARD (widget);

  gtk_widget_activate_action (widget, "plan.move", "(si)",
                              get_id (self), g_variant_get_int32 (parameter));
}

/* The cool-down routine that fits the session, played in the window's
 * routine player ("win.start-routine"). Only for kinds that have one. */
static void
cool_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RbdPlanCard *self = RBD_PLAN_CARD (widget);
  const char *routine_id = NULL;

  if (rbd_cooldown_for_kind (rbd_record_get_enum (RBD_RECORD (self->session), "kind"),
                             &routine_id, NULL))
    gtk_widget_activate_action (widget, "win.start-routine", "s", routine_id);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  popup_menu_at (RBD_PLAN_CARD (widget), -1, -1);
}

/* Alt+Shift+Left and Right move the card the way the arrow points, which
 * is the other way round in right-to-left languages. */
static gboolean
move_visually_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  int delta = g_variant_get_int32 (args);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    delta = -delta;

  gtk_widget_activate_action (widget, "card.move", "i", delta);

  return TRUE;
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     RbdPlanCard     *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, x, y);
}

static void
on_long_press_cb (GtkGestureLongPress *gesture,
                  double               x,
                  double               y,
                  RbdPlanCard         *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, x, y);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    RbdPlanCard   *self)
{
  if (!self->editable)
    return NULL;

  return gdk_content_provider_new_typed (RBD_TYPE_PLANNED_SESSION, self->session);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  RbdPlanCard   *self)
{
  g_autoptr(GdkPaintable) live = gtk_widget_paintable_new (GTK_WIDGET (self));
  g_autoptr(GdkPaintable) image = gdk_paintable_get_current_image (live);

  /* A still image of the card as it is, before it fades in place. */
  gtk_drag_source_set_icon (source, image, 0, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");

  /* A drop rebuilds the week, which may take this card away before the
   * drag ends: keep it alive until then. */
  g_object_ref (self);
}

static void
on_drag_end_cb (GtkDragSource *source,
                GdkDrag       *drag,
                gboolean       delete_data,
                RbdPlanCard   *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
  g_object_unref (self);
}

static void
rbd_plan_card_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RbdPlanCard *self = RBD_PLAN_CARD (widget);

  GTK_WIDGET_CLASS (rbd_plan_card_parent_class)->size_allocate (widget, width, height, baseline);

  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
rbd_plan_card_dispose (GObject *object)
{
  RbdPlanCard *self = RBD_PLAN_CARD (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), RBD_TYPE_PLAN_CARD);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (rbd_plan_card_parent_class)->dispose (object);
}

static void
rbd_plan_card_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RbdPlanCard *self = RBD_PLAN_CARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_card_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RbdPlanCard *self = RBD_PLAN_CARD (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      if (g_set_object (&self->session, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_plan_card_class_init (RbdPlanCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_plan_card_dispose;
  object_class->get_property = rbd_plan_card_get_property;
  object_class->set_property = rbd_plan_card_set_property;

  widget_class->size_allocate = rbd_plan_card_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         RBD_TYPE_PLANNED_SESSION,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-plan-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, icon);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, kind_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, meta_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, status_box);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, status_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, status_label);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, context_menu);
  gtk_widget_class_bind_template_child (widget_class, RbdPlanCard, log_section);

  gtk_widget_class_install_action (widget_class, "card.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "card.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "card.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "card.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "card.menu", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "card.cool-down", NULL, cool_down_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "card.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "card.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK,
                                       "card.duplicate", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                move_visually_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                move_visually_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                move_visually_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                move_visually_cb, "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "card.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "card.menu", NULL);
}

static void
rbd_plan_card_init (RbdPlanCard *self)
{
  GtkGesture *click;
  GtkGesture *long_press;
  GtkDragSource *drag;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->editable = TRUE;

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_long_press_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
rbd_plan_card_new (RbdPlannedSession *session,
                   gboolean           imperial)
{
  RbdPlanCard *self;

  g_return_val_if_fail (RBD_IS_PLANNED_SESSION (session), NULL);

  self = g_object_new (RBD_TYPE_PLAN_CARD, "session", session, NULL);
  rbd_plan_card_update (self, imperial);

  return GTK_WIDGET (self);
}

RbdPlannedSession *
rbd_plan_card_get_session (RbdPlanCard *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_CARD (self), NULL);

  return self->session;
}

/* Shows another session: cards are reused from week to week, which is
 * much cheaper than building new ones. */
void
rbd_plan_card_set_session (RbdPlanCard       *self,
                           RbdPlannedSession *session,
                           gboolean           imperial)
{
  g_return_if_fail (RBD_IS_PLAN_CARD (self));
  g_return_if_fail (RBD_IS_PLANNED_SESSION (session));

  if (g_set_object (&self->session, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);

  rbd_plan_card_update (self, imperial);
}

/* Shows the session as it is now. */
void
rbd_plan_card_update (RbdPlanCard *self,
                      gboolean     imperial)
{
  RbdRecord *record;
  RbdKind kind;
  const char *title;
  const char *notes;
  const char *kind_text;
  g_autoptr(GString) meta = g_string_new (NULL);

  g_return_if_fail (RBD_IS_PLAN_CARD (self));

  record = RBD_RECORD (self->session);
  kind = rbd_record_get_enum (record, "kind");
  title = rbd_record_get_string (record, "title");
  notes = rbd_record_get_string (record, "notes");
  kind_text = rbd_kind_get_label (kind);

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->kind_class);
  self->kind_class = rbd_plan_kind_get_css_class (kind);
  gtk_widget_add_css_class (GTK_WIDGET (self), self->kind_class);
  gtk_image_set_from_icon_name (self->icon, rbd_plan_kind_get_icon_name (kind));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.cool-down",
                                 rbd_cooldown_for_kind (kind, NULL, NULL));

  /* The kind is always written out, not only shown by the colour and icon. */
  if (title != NULL && *title != '\0')
    {
      gtk_label_set_text (self->title_label, title);
      gtk_label_set_text (self->kind_label, kind_text);
      gtk_widget_set_visible (GTK_WIDGET (self->kind_label), TRUE);
    }
  else
    {
      gtk_label_set_text (self->title_label, kind_text);
      gtk_widget_set_visible (GTK_WIDGET (self->kind_label), FALSE);
    }

  if (rbd_record_is_set (record, "duration_s") && rbd_record_get_int (record, "duration_s") > 0)
    {
      g_autofree char *text = rbd_plan_format_duration (rbd_record_get_int (record, "duration_s"));

      rbd_plan_append_meta (meta, text);
    }

  if (rbd_record_is_set (record, "distance_m") && rbd_record_get_double (record, "distance_m") > 0)
    {
      double metres = rbd_record_get_double (record, "distance_m");
      g_autofree char *text = rbd_plan_format_distance (metres, imperial);

      rbd_plan_append_meta (meta, text);
    }

  gtk_label_set_text (self->meta_label, meta->str);
  gtk_widget_set_visible (GTK_WIDGET (self->meta_label), meta->len > 0);

  rbd_plan_set_tooltip (GTK_WIDGET (self), notes);
  update_accessible (self);
}

/* A plan that cannot be saved (still loading, broken, read-only) is shown
 * but not changed. */
void
rbd_plan_card_set_editable (RbdPlanCard *self,
                            gboolean     editable)
{
  static const char * const actions[] = {
    "card.edit", "card.duplicate", "card.delete", "card.move", "card.menu",
  };

  g_return_if_fail (RBD_IS_PLAN_CARD (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], editable);
}

RbdPlanStatus
rbd_plan_card_get_status (RbdPlanCard *self)
{
  g_return_val_if_fail (RBD_IS_PLAN_CARD (self), RBD_PLAN_STATUS_PLANNED);

  return self->status;
}

/* Shows whether the session was done or missed: a badge with an icon and
 * a word, and for a missed one a dimmed card. */
void
rbd_plan_card_set_status (RbdPlanCard   *self,
                          RbdPlanStatus  status)
{
  const char *label;

  g_return_if_fail (RBD_IS_PLAN_CARD (self));

  if (self->status == status)
    return;

  self->status = status;
  label = rbd_plan_status_get_label (status);

  gtk_widget_set_visible (self->status_box, label != NULL);
  if (label != NULL)
    {
      gtk_image_set_from_icon_name (self->status_icon, rbd_plan_status_get_icon_name (status));
      gtk_label_set_text (self->status_label, label);
    }

  if (status == RBD_PLAN_STATUS_DONE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "done");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "done");
  if (status == RBD_PLAN_STATUS_MISSED)
    gtk_widget_add_css_class (GTK_WIDGET (self), "missed");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "missed");

  update_accessible (self);
}
