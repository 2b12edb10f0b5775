/* rbd-load-chart.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-load-chart"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-field.h"
#include "rbd-load-chart.h"
#include "rbd-log-util.h"
#include "rbd-training-load.h"

/* Weekly training load as bars, with the acute:chronic ratio as a line
 * over them on its own scale (right), and the 0.8-1.3 band shaded.
 * Drawn in the widget's own colours (the foreground, and the named
 * accent and state colours), so it reads in the dark style too. The same
 * numbers are in the accessible description, and in rbd_load_chart_get_text()
 * for the card's table and for tests. */

#define PAD_LEFT    44.0
#define PAD_RIGHT   36.0
#define PAD_TOP     10.0
#define PAD_BOTTOM  24.0
#define MIN_RATIO_TOP 2.0

/* A ratio worth showing: with too short a history the core gives one but
 * no band, and it would look like a spike. */
#define HAS_RATIO(week) ((week)->acwr.ratio >= 0 && (week)->acwr.band != RBD_LOAD_BAND_NONE)

struct _RbdLoadChart
{
  GtkWidget  parent_instance;

  GArray    *weeks;      /* RbdLoadWeek, oldest first */
  char      *text;
};

G_DEFINE_FINAL_TYPE (RbdLoadChart, rbd_load_chart, GTK_TYPE_WIDGET)

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
get_foreground (GtkWidget *widget,
                GdkRGBA   *color)
{
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
}
G_GNUC_END_IGNORE_DEPRECATIONS

/* A round number at or above @value for the top of the load axis, so
 * that its half is round too. */
static double
nice_ceiling (double value)
{
  static const double steps[] = { 1, 1.2, 1.6, 2, 2.5, 3, 4, 5, 6, 8, 10 };
  double magnitude;

  if (value <= 0)
    return 100;

  magnitude = pow (10, floor (log10 (value)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (value <= steps[i] * magnitude)
        return steps[i] * magnitude;
    }

  return 10 * magnitude;
}

static void
append_rect (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         x,
             double         y,
             double         width,
             double         height)
{
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, width, height));
}

static void
draw_text (RbdLoadChart  *self,
           GtkSnapshot   *snapshot,
           const char    *text,
           const GdkRGBA *color,
           double         x,
           double         y,
           double         xalign,
           double         yalign)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int width, height;

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, &width, &height);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floor (x - xalign * width),
                                                          floor (y - yalign * height)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
rbd_load_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RbdLoadChart *self = RBD_LOAD_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double plot_w = width - PAD_LEFT - PAD_RIGHT;
  double plot_h = height - PAD_TOP - PAD_BOTTOM;
  double max_load = 0, max_ratio = 0, load_top, ratio_top, slot;
  GdkRGBA fg, dim, grid, bar, bar_now, band, line, warning, error;
  g_autofree char *top_text = NULL;
  cairo_t *cr;
  guint n;

  if (self->weeks == NULL || self->weeks->len == 0 || plot_w < 40 || plot_h < 40)
    return;

  n = self->weeks->len;
  get_foreground (widget, &fg);
  dim = fg;
  dim.alpha *= 0.6;
  grid = fg;
  grid.alpha *= 0.12;
  lookup_color (widget, "accent_color", &bar_now, "#3584e4");
  bar = bar_now;
  bar.alpha *= 0.45;
  lookup_color (widget, "success_color", &band, "#26a269");
  band.alpha = 0.16;
  lookup_color (widget, "warning_color", &warning, "#cd9309");
  lookup_color (widget, "error_color", &error, "#e01b24");
  line = fg;
  line.alpha *= 0.85;

  for (guint i = 0; i < n; i++)
    {
      const RbdLoadWeek *week = &g_array_index (self->weeks, RbdLoadWeek, i);

      max_load = MAX (max_load, week->load);
      if (HAS_RATIO (week))
        max_ratio = MAX (max_ratio, week->acwr.ratio);
    }
  load_top = nice_ceiling (max_load * 1.05);
  ratio_top = MAX (MIN_RATIO_TOP, ceil (max_ratio * 1.1 * 2) / 2);
  slot = plot_w / n;

  /* The safe band of the ratio, behind everything. */
  {
    double y1 = PAD_TOP + plot_h * (1 - RBD_ACWR_SAFE_MAX / ratio_top);
    double y2 = PAD_TOP + plot_h * (1 - RBD_ACWR_SAFE_MIN / ratio_top);

    g_autofree char *max_text = g_strdup_printf ("%.1f", RBD_ACWR_SAFE_MAX);
    g_autofree char *min_text = g_strdup_printf ("%.1f", RBD_ACWR_SAFE_MIN);

    append_rect (snapshot, &band, PAD_LEFT, y1, plot_w, y2 - y1);
    draw_text (self, snapshot, max_text, &dim, width - PAD_RIGHT + 4, y1, 0, 0.5);
    draw_text (self, snapshot, min_text, &dim, width - PAD_RIGHT + 4, y2, 0, 0.5);
  }

  /* Load axis: the baseline, half and top. */
  for (int i = 0; i <= 2; i++)
    {
      double y = PAD_TOP + plot_h * (1 - i / 2.0);
      g_autofree char *label = g_strdup_printf ("%.0f", load_top * i / 2.0);

      append_rect (snapshot, &grid, PAD_LEFT, floor (y), plot_w, 1);
      draw_text (self, snapshot, label, &dim, PAD_LEFT - 4, y, 1, 0.5);
    }

  for (guint i = 0; i < n; i++)
    {
      const RbdLoadWeek *week = &g_array_index (self->weeks, RbdLoadWeek, i);
      double h = plot_h * (week->load / load_top);
      double x = PAD_LEFT + i * slot + slot * 0.18;

      if (h > 0)
        append_rect (snapshot, i == n - 1 ? &bar_now : &bar, x, PAD_TOP + plot_h - h,
                     slot * 0.64, h);

      /* Every third week's first day, counted back from this one. */
      if ((n - 1 - i) % 3 == 0)
        {
          g_autofree char *label = rbd_log_format_short_date (&week->first_day);

          draw_text (self, snapshot, label, &dim, PAD_LEFT + (i + 0.5) * slot,
                     height - PAD_BOTTOM + 4, 0.5, 0);
        }
    }

  /* The ratio line and its points. */
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gdk_cairo_set_source_rgba (cr, &line);
  {
    gboolean drawing = FALSE;

    for (guint i = 0; i < n; i++)
      {
        const RbdLoadWeek *week = &g_array_index (self->weeks, RbdLoadWeek, i);
        double x = PAD_LEFT + (i + 0.5) * slot;
        double y;

        if (!HAS_RATIO (week))
          {
            drawing = FALSE;
            continue;
          }
        y = PAD_TOP + plot_h * (1 - MIN (week->acwr.ratio, ratio_top) / ratio_top);
        if (drawing)
          cairo_line_to (cr, x, y);
        else
          cairo_move_to (cr, x, y);
        drawing = TRUE;
      }
    cairo_stroke (cr);
  }
  for (guint i = 0; i < n; i++)
    {
      const RbdLoadWeek *week = &g_array_index (self->weeks, RbdLoadWeek, i);
      double x = PAD_LEFT + (i + 0.5) * slot;
      double y;
      const GdkRGBA *color = &line;

      if (!HAS_RATIO (week))
        continue;
      if (week->acwr.band == RBD_LOAD_BAND_SPIKE)
        color = &error;
      else if (week->acwr.band == RBD_LOAD_BAND_ELEVATED)
        color = &warning;

      y = PAD_TOP + plot_h * (1 - MIN (week->acwr.ratio, ratio_top) / ratio_top);
      gdk_cairo_set_source_rgba (cr, color);
      cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_destroy (cr);

  /* Translators: the name of the right-hand axis of the load chart */
  top_text = g_strdup (_("ratio"));
  draw_text (self, snapshot, top_text, &dim, width - PAD_RIGHT + 4, PAD_TOP, 0, 0);
}

static void
rbd_load_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 260;
      *natural = 560;
    }
  else
    {
      *minimum = 180;
      *natural = 220;
    }
}

/* The chart in words: every week's load, and the ratio. */
static char *
build_text (GArray *weeks)
{
  GString *text = g_string_new (NULL);
  const RbdLoadWeek *last;

  if (weeks == NULL || weeks->len == 0)
    return g_string_free (text, FALSE);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "Weekly training load, last %u week: ",
                                             "Weekly training load, last %u weeks: ",
                                             weeks->len),
                          weeks->len);
  for (guint i = 0; i < weeks->len; i++)
    {
      const RbdLoadWeek *week = &g_array_index (weeks, RbdLoadWeek, i);
      g_autofree char *from = rbd_log_format_short_date (&week->first_day);

      if (i > 0)
        g_string_append (text, "; ");
      /* Translators: a week's load in the chart's description, e.g.
       * "week from 7 Sep: 1200" */
      g_string_append_printf (text, _("week from %s: %.0f"), from, week->load);
      if (HAS_RATIO (week))
        /* Translators: the acute:chronic ratio after a week's load */
        g_string_append_printf (text, _(", ratio %.2f"), week->acwr.ratio);
    }
  g_string_append (text, ". ");

  last = &g_array_index (weeks, RbdLoadWeek, weeks->len - 1);
  if (HAS_RATIO (last))
    /* Translators: the newest acute:chronic ratio and its band, e.g.
     * "Acute:chronic ratio now 1.12 (Safe); 0.8 to 1.3 is the safe band." */
    g_string_append_printf (text, _("Acute:chronic ratio now %.2f (%s); %.1f to %.1f is the "
                                    "safe band."),
                            last->acwr.ratio, rbd_load_band_get_label (last->acwr.band),
                            RBD_ACWR_SAFE_MIN, RBD_ACWR_SAFE_MAX);
  else
    g_string_append (text, _("No acute:chronic ratio yet: it needs four weeks of sessions "
                             "with an effort and a duration."));

  return g_string_free (text, FALSE);
}

static void
rbd_load_chart_finalize (GObject *object)
{
  RbdLoadChart *self = RBD_LOAD_CHART (object);

  g_clear_pointer (&self->weeks, g_array_unref);
  g_free (self->text);

  G_OBJECT_CLASS (rbd_load_chart_parent_class)->finalize (object);
}

static void
rbd_load_chart_class_init (RbdLoadChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rbd_load_chart_finalize;
  widget_class->snapshot = rbd_load_chart_snapshot;
  widget_class->measure = rbd_load_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "loadchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rbd_load_chart_init (RbdLoadChart *self)
{
  self->text = g_strdup ("");
  rbd_log_set_accessible_label (GTK_WIDGET (self), _("Weekly training load chart"));
}

GtkWidget *
rbd_load_chart_new (void)
{
  return g_object_new (RBD_TYPE_LOAD_CHART, NULL);
}

/**
 * rbd_load_chart_set_weeks:
 * @weeks: (element-type RbdLoadWeek) (nullable): from rbd_load_weeks()
 */
void
rbd_load_chart_set_weeks (RbdLoadChart *self,
                          GArray       *weeks)
{
  g_return_if_fail (RBD_IS_LOAD_CHART (self));

  g_clear_pointer (&self->weeks, g_array_unref);
  if (weeks != NULL)
    self->weeks = g_array_ref (weeks);

  g_free (self->text);
  self->text = build_text (weeks);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The chart's numbers in words, as screen readers get them. */
const char *
rbd_load_chart_get_text (RbdLoadChart *self)
{
  g_return_val_if_fail (RBD_IS_LOAD_CHART (self), NULL);

  return self->text;
}
