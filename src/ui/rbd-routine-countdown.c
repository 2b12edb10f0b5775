/* rbd-routine-countdown.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-routine-countdown"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rbd-routine-countdown.h"

/* The player's big "mm:ss". A label has one font size; this draws the
 * time as large as the space it is given allows, so that it fills a TV
 * across the room and still fits a phone. The digits are tabular, so the
 * text does not jump sideways as they change. */

#define REFERENCE_PX 100.0  /* the size the text is measured at */
#define MIN_PX       64.0   /* below this it is no longer the big clock */
#define NATURAL_PX   120.0

struct _RbdRoutineCountdown
{
  GtkWidget  parent_instance;

  int        seconds;
  char      *text;
};

G_DEFINE_FINAL_TYPE (RbdRoutineCountdown, rbd_routine_countdown, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECONDS,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A layout of the text at @px pixels, in the widget's font (from CSS). */
static PangoLayout *
create_layout (RbdRoutineCountdown *self,
               double               px)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (context));
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static void
get_text_size (RbdRoutineCountdown *self,
               double               px,
               int                 *width,
               int                 *height)
{
  g_autoptr(PangoLayout) layout = create_layout (self, px);

  pango_layout_get_pixel_size (layout, width, height);
}

static void
update_text (RbdRoutineCountdown *self)
{
  g_autofree char *accessible = NULL;

  g_free (self->text);
  self->text = rbd_routine_format_clock (self->seconds);

  /* Translators: what a screen reader says for the big countdown, e.g. "Time left: 01:30" */
  accessible = g_strdup_printf (_("Time left: %s"), self->text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
rbd_routine_countdown_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  RbdRoutineCountdown *self = RBD_ROUTINE_COUNTDOWN (widget);
  int min_width, min_height, nat_width, nat_height;

  get_text_size (self, MIN_PX, &min_width, &min_height);
  get_text_size (self, NATURAL_PX, &nat_width, &nat_height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min_width;
      *natural = nat_width;
    }
  else
    {
      *minimum = min_height;
      *natural = nat_height;
    }
}

static void
rbd_routine_countdown_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  RbdRoutineCountdown *self = RBD_ROUTINE_COUNTDOWN (widget);
  g_autoptr(PangoLayout) layout = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int ref_width, ref_height;
  int text_width, text_height;
  double px;
  GdkRGBA color;

  if (width <= 0 || height <= 0)
    return;

  get_text_size (self, REFERENCE_PX, &ref_width, &ref_height);
  if (ref_width <= 0 || ref_height <= 0)
    return;

  /* Some air on the sides, so the digits do not touch the window edges. */
  px = REFERENCE_PX * MIN (0.9 * width / ref_width, (double) height / ref_height);
  layout = create_layout (self, MAX (px, 1.0));
  pango_layout_get_pixel_size (layout, &text_width, &text_height);

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, &color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
#endif

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT ((width - text_width) / 2.0,
                                                (height - text_height) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
rbd_routine_countdown_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rbd_routine_countdown_parent_class)->css_changed (widget, change);

  /* A new font or weight changes the size of the text. */
  gtk_widget_queue_resize (widget);
}

static void
rbd_routine_countdown_finalize (GObject *object)
{
  RbdRoutineCountdown *self = RBD_ROUTINE_COUNTDOWN (object);

  g_free (self->text);

  G_OBJECT_CLASS (rbd_routine_countdown_parent_class)->finalize (object);
}

static void
rbd_routine_countdown_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RbdRoutineCountdown *self = RBD_ROUTINE_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_SECONDS:
      g_value_set_int (value, self->seconds);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_countdown_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RbdRoutineCountdown *self = RBD_ROUTINE_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_SECONDS:
      rbd_routine_countdown_set_seconds (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rbd_routine_countdown_class_init (RbdRoutineCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rbd_routine_countdown_finalize;
  object_class->get_property = rbd_routine_countdown_get_property;
  object_class->set_property = rbd_routine_countdown_set_property;

  widget_class->measure = rbd_routine_countdown_measure;
  widget_class->snapshot = rbd_routine_countdown_snapshot;
  widget_class->css_changed = rbd_routine_countdown_css_changed;

  properties[PROP_SECONDS] =
    g_param_spec_int ("seconds", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "countdown");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
rbd_routine_countdown_init (RbdRoutineCountdown *self)
{
  update_text (self);
}

GtkWidget *
rbd_routine_countdown_new (void)
{
  return g_object_new (RBD_TYPE_ROUTINE_COUNTDOWN, NULL);
}

int
rbd_routine_countdown_get_seconds (RbdRoutineCountdown *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_COUNTDOWN (self), 0);

  return self->seconds;
}

void
rbd_routine_countdown_set_seconds (RbdRoutineCountdown *self,
                                   int                  seconds)
{
  gsize old_length;

  g_return_if_fail (RBD_IS_ROUTINE_COUNTDOWN (self));

  seconds = MAX (seconds, 0);
  if (self->seconds == seconds)
    return;

  old_length = strlen (self->text);
  self->seconds = seconds;
  update_text (self);

  /* Tabular digits keep the size the same from one second to the next:
   * only a change in the number of digits needs a new layout. */
  if (strlen (self->text) != old_length)
    gtk_widget_queue_resize (GTK_WIDGET (self));
  else
    gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * rbd_routine_countdown_get_text:
 *
 * Returns: the time as shown, "mm:ss"
 */
const char *
rbd_routine_countdown_get_text (RbdRoutineCountdown *self)
{
  g_return_val_if_fail (RBD_IS_ROUTINE_COUNTDOWN (self), NULL);

  return self->text;
}

/**
 * rbd_routine_format_clock:
 *
 * Returns: @seconds as a clock, minutes and seconds: "01:30", "60:00"
 */
char *
rbd_routine_format_clock (int seconds)
{
  seconds = MAX (seconds, 0);

  /* Translators: a countdown in minutes and seconds, e.g. "01:30"; keep
   * the width of the numbers */
  return g_strdup_printf (_("%02d:%02d"), seconds / 60, seconds % 60);
}
