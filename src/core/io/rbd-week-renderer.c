/* rbd-week-renderer.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-week-renderer"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "rbd-cooldown.h"
#include "rbd-fuel.h"
#include "rbd-kind.h"
#include "rbd-plan-text.h"
#include "rbd-planned-session.h"
#include "rbd-week-renderer.h"

/* How a printed week is put together.
 *
 * Everything on the page is a "flow": one per day column, one for the
 * week's totals and one for the plan checker's findings. A flow is a list
 * of blocks, each a PangoLayout wrapped to the flow's width. Paginating
 * places each flow's blocks from the top of its area down and, when a
 * block does not fit, splits it between two lines and goes on at the top
 * of the next page. So nothing is ever clipped: a page only ever holds
 * whole lines, and a column that runs long simply has more pages.
 *
 * Meaning never rests on colour: a hard session has a thick bar beside
 * it (and its kind's name says so), an easy one a thin bar, the recovery
 * advice after a hard day a light shade and a heading; the legend in the
 * footer explains the bars. */

/* A4 landscape, in points */
#define PAGE_WIDTH   841.89
#define PAGE_HEIGHT  595.28

#define MARGIN       36.0
#define COLUMN_GAP   8.0
#define CARD_GAP     7.0    /* between two sessions of a day */
#define CARD_INSET   6.0    /* text right of a session's bar */
#define SHADE_INSET  4.0    /* text inside the shaded recovery advice */
#define HARD_BAR     2.6
#define EASY_BAR     0.6
#define SUMMARY_GAP  16.0   /* between the columns and the totals on page 1 */
#define EPSILON      0.01

/* The summary shares the first page with the columns only while it takes
 * less than this share of the page's body; otherwise it gets pages of its
 * own after the columns. */
#define MAX_SUMMARY_SHARE 0.45

#define FONT_TITLE      "Sans Bold 16"
#define FONT_SUBTITLE   "Sans 9"
#define FONT_DAY        "Sans 9"
#define FONT_KIND       "Sans Bold 8.5"
#define FONT_TEXT       "Sans 8.5"
#define FONT_META       "Sans 8"
#define FONT_NOTES      "Sans Italic 7.5"
#define FONT_SMALL      "Sans 7.5"
#define FONT_SMALL_BOLD "Sans Bold 7.5"
#define FONT_HEADING    "Sans Bold 9.5"
#define FONT_SUMMARY    "Sans 8.5"
#define FONT_FOOTER     "Sans 7"

typedef enum
{
  STYLE_NONE,
  STYLE_EASY,     /* a session that is not hard: thin bar */
  STYLE_HARD,     /* a hard session: thick bar */
  STYLE_ADVICE,   /* the recovery advice under a hard day: shaded */
} CardStyle;

typedef enum
{
  BLOCK_CARD_START     = 1 << 0,  /* a rule above it unless it starts a page */
  BLOCK_KEEP_WITH_NEXT = 1 << 1,  /* never the last thing on a page */
} BlockFlags;

typedef struct
{
  PangoLayout *layout;
  double       space_before;  /* left out at the top of a page */
  double       inset;         /* text starts this far right of the flow's edge */
  double       gray;          /* 0 is black */
  BlockFlags   flags;
  int          card;          /* which card of the flow; -1: none */
  double       card_height;   /* on a card's first block: the whole card's */
  CardStyle    style;
  int          n_lines;
  double      *top;           /* each line's extent and baseline, from the */
  double      *bottom;        /* layout's top, and its x offset (alignment) */
  double      *baseline;
  double      *x;
} Block;

typedef struct
{
  GPtrArray *blocks;    /* Block */
  Block     *marker;    /* "continued", at the top of each further page */
  double     x;
  double     width;
} Flow;

/* A run of a block's lines on one page, in page coordinates. */
typedef struct
{
  const Block *block;
  guint        page;
  int          first;
  int          end;
  double       x;
  double       width;         /* the flow's */
  double       y;
  gboolean     rule_above;
} Fragment;

/* Where a card is on one page, for its bar or shade. */
typedef struct
{
  guint     page;
  CardStyle style;
  double    x;
  double    width;
  double    y0;
  double    y1;
} Span;

enum
{
  FLOW_TOTALS = 7,
  FLOW_FINDINGS,
  N_FLOWS
};

struct _RbdWeekRenderer
{
  GObject         parent_instance;

  GDate           start;
  GPtrArray      *days[7];       /* RbdPlannedSession */
  GPtrArray      *findings;      /* RbdFinding */
  RbdWeekSummary  summary;
  double          body_mass_kg;

  /* What the last rbd_week_renderer_paginate() worked out */
  PangoContext   *context;
  double          width;
  double          height;
  guint           n_pages;
  Flow            flows[N_FLOWS];
  GArray         *fragments;     /* Fragment */
  GArray         *spans;         /* Span */
  PangoLayout    *title;
  PangoLayout    *title_continued;
  PangoLayout    *subtitle;
  PangoLayout    *day_headers[7];
  PangoLayout    *legend;
  double          header_top;
  double          body_top;
  double          first_columns_bottom;
  double          columns_bottom;
  double          summary_top;
  gboolean        summary_on_first_page;
  double          footer_top;
};

G_DEFINE_FINAL_TYPE (RbdWeekRenderer, rbd_week_renderer, G_TYPE_OBJECT)

static void
block_free (Block *block)
{
  g_clear_object (&block->layout);
  g_free (block->top);
  g_free (block->bottom);
  g_free (block->baseline);
  g_free (block->x);
  g_free (block);
}

static double
block_height (const Block *block)
{
  return block->bottom[block->n_lines - 1] - block->top[0];
}

static PangoLayout *
new_layout (RbdWeekRenderer *self,
            const char      *font,
            double           width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);

  /* WORD_CHAR: a long word (or a title with no spaces, as Japanese has)
   * is broken between characters rather than running out of the column. */
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  return layout;
}

/* @text_width: the width the text wraps at; it starts @inset points
 * right of the flow's edge. */
static Block *
block_new (RbdWeekRenderer *self,
           const char      *font,
           double           text_width,
           double           inset,
           const char      *text,
           gboolean         is_markup)
{
  Block *block = g_new0 (Block, 1);
  PangoLayoutIter *iter;
  int i = 0;

  block->layout = new_layout (self, font, text_width);
  block->inset = inset;
  block->card = -1;

  if (is_markup)
    pango_layout_set_markup (block->layout, text, -1);
  else
    pango_layout_set_text (block->layout, text, -1);

  block->n_lines = pango_layout_get_line_count (block->layout);
  block->top = g_new (double, block->n_lines);
  block->bottom = g_new (double, block->n_lines);
  block->baseline = g_new (double, block->n_lines);
  block->x = g_new (double, block->n_lines);

  iter = pango_layout_get_iter (block->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);

      block->top[i] = pango_units_to_double (y0);
      block->bottom[i] = pango_units_to_double (y1);
      block->baseline[i] = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      block->x[i] = pango_units_to_double (logical.x);
      i++;
    }
  while (i < block->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return block;
}

/* Adds a block of @text that starts @inset points into the flow and
 * leaves as much room on the right when @both_sides is set. */
static Block *
flow_add_full (RbdWeekRenderer *self,
               Flow            *flow,
               const char      *font,
               double           inset,
               gboolean         both_sides,
               double           space_before,
               const char      *text,
               gboolean         is_markup)
{
  double text_width = flow->width - (both_sides ? 2 : 1) * inset;
  Block *block = block_new (self, font, text_width, inset, text, is_markup);

  block->space_before = space_before;
  g_ptr_array_add (flow->blocks, block);

  return block;
}

static Block *
flow_add (RbdWeekRenderer *self,
          Flow            *flow,
          const char      *font,
          double           inset,
          double           space_before,
          const char      *text,
          gboolean         is_markup)
{
  return flow_add_full (self, flow, font, inset, FALSE, space_before, text, is_markup);
}

static double
flow_height (const Flow *flow)
{
  double height = 0;

  for (guint i = 0; i < flow->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (flow->blocks, i);

      height += (i > 0 ? block->space_before : 0) + block_height (block);
    }

  return height;
}

static GDateTime *
date_time_from_date (const GDate *date)
{
  return g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) time = date_time_from_date (date);

  return g_date_time_format (time, format);
}

/* "30 November – 6 December 2026", with the month and year said once when
 * both ends share them. */
static char *
format_range (const GDate *first,
              const GDate *last)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  /* Translators: the last day of a week, as in "6 December 2026"; see
   * g_date_time_format() for the codes */
  to = format_date (last, _("%-d %B %Y"));

  if (g_date_get_year (first) != g_date_get_year (last))
    /* Translators: the first day of a week that ends in the next year,
     * as in "28 December 2026" */
    from = format_date (first, _("%-d %B %Y"));
  else if (g_date_get_month (first) != g_date_get_month (last))
    /* Translators: the first day of a week that ends in another month, as
     * in "30 November" */
    from = format_date (first, _("%-d %B"));
  else
    /* Translators: the first day of a week within one month, as in "1"
     * (of "1 – 7 December 2026") */
    from = format_date (first, _("%-d"));

  /* Translators: a range of days, as in "30 November – 6 December 2026" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static char *
dup_title (RbdWeekRenderer *self)
{
  g_autofree char *range = NULL;
  GDate last = self->start;
  GDate middle = self->start;

  g_date_add_days (&last, 6);
  /* The ISO week that holds most of the seven days, whichever day the
   * week starts on. */
  g_date_add_days (&middle, 3);

  range = format_range (&self->start, &last);

  /* Translators: the heading of a printed week: its ISO week number and
   * its dates, as in "Week 49 · 30 November – 6 December 2026" */
  return g_strdup_printf (_("Week %u · %s"), g_date_get_iso8601_week_of_year (&middle), range);
}

/* The rule ids of the findings that involve day @day: "[R1] [R6]". */
static char *
day_rules (RbdWeekRenderer *self,
           guint            day)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->findings->len; i++)
    {
      const RbdFinding *finding = g_ptr_array_index (self->findings, i);
      g_autofree char *tag = NULL;

      if ((finding->days & (1u << day)) == 0 || finding->rule == NULL)
        continue;

      tag = g_strdup_printf ("[%s]", finding->rule);
      if (strstr (text->str, tag) != NULL)
        continue;

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, tag);
    }

  return g_string_free (text, text->len == 0);
}

static void
layout_clear (RbdWeekRenderer *self)
{
  for (guint i = 0; i < N_FLOWS; i++)
    {
      g_clear_pointer (&self->flows[i].blocks, g_ptr_array_unref);
      g_clear_pointer (&self->flows[i].marker, block_free);
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->day_headers); i++)
    g_clear_object (&self->day_headers[i]);

  g_clear_pointer (&self->fragments, g_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_object (&self->title);
  g_clear_object (&self->title_continued);
  g_clear_object (&self->subtitle);
  g_clear_object (&self->legend);
  self->n_pages = 0;
}

static void
ensure_context (RbdWeekRenderer *self)
{
  cairo_font_options_t *options;

  if (self->context != NULL)
    return;

  /* Our own context, not the cairo_t's: unhinted metrics at 72 dpi (one
   * unit is one point) make the layout the same on paper, on a PDF and on
   * screen, so what was measured is what gets drawn. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
}

/* Marks @blocks as one card: kept on one page when it fits on one, and
 * its first line never alone at the foot of a page when it does not. */
static void
finish_card (GPtrArray *blocks,
             int        card,
             CardStyle  style)
{
  Block *first = g_ptr_array_index (blocks, 0);

  first->flags |= BLOCK_CARD_START;
  if (blocks->len > 1)
    first->flags |= BLOCK_KEEP_WITH_NEXT;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);

      block->card = card;
      block->style = style;
      first->card_height += (i > 0 ? block->space_before : 0) + block_height (block);
    }
}

static void
add_session (RbdWeekRenderer   *self,
             Flow              *flow,
             int                card,
             RbdPlannedSession *session)
{
  RbdRecord *record = RBD_RECORD (session);
  RbdKind kind = rbd_record_get_enum (record, "kind");
  CardStyle style = rbd_kind_is_hard (kind) ? STYLE_HARD : STYLE_EASY;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr(GString) meta = g_string_new (NULL);
  const char *title = rbd_record_get_string (record, "title");
  const char *notes = rbd_record_get_string (record, "notes");

  g_ptr_array_add (blocks, flow_add (self, flow, FONT_KIND, CARD_INSET, CARD_GAP,
                                     rbd_kind_get_label (kind), FALSE));

  if (title != NULL && *title != '\0')
    g_ptr_array_add (blocks, flow_add (self, flow, FONT_TEXT, CARD_INSET, 1.0, title, FALSE));

  if (rbd_record_is_set (record, "duration_s"))
    {
      g_autofree char *duration = rbd_plan_text_duration (rbd_record_get_int (record,
                                                                             "duration_s"));

      g_string_append (meta, duration);
    }
  if (rbd_record_is_set (record, "distance_m"))
    {
      g_autofree char *distance = rbd_plan_text_distance (rbd_record_get_double (record,
                                                                                "distance_m"));

      if (meta->len > 0)
        g_string_append (meta, " · ");
      g_string_append (meta, distance);
    }
  if (meta->len > 0)
    g_ptr_array_add (blocks, flow_add (self, flow, FONT_META, CARD_INSET, 1.0, meta->str, FALSE));

  if (notes != NULL && *notes != '\0')
    {
      Block *block = flow_add (self, flow, FONT_NOTES, CARD_INSET, 2.0, notes, FALSE);

      block->gray = 0.2;
      g_ptr_array_add (blocks, block);
    }

  finish_card (blocks, card, style);
}

/* Under a hard day: the cool-down to do and what to eat after it. */
static void
add_advice (RbdWeekRenderer *self,
            Flow            *flow,
            int              card,
            GPtrArray       *sessions)
{
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr(GPtrArray) cooldowns = g_ptr_array_new ();
  RbdRange carbohydrate, protein;

  for (guint i = 0; i < sessions->len; i++)
    {
      RbdKind kind = rbd_record_get_enum (g_ptr_array_index (sessions, i), "kind");
      const char *name = NULL;

      if (rbd_kind_is_hard (kind) &&
          rbd_cooldown_for_kind (kind, NULL, &name) &&
          !g_ptr_array_find_with_equal_func (cooldowns, name, g_str_equal, NULL))
        g_ptr_array_add (cooldowns, (gpointer) name);
    }

  g_ptr_array_add (blocks, flow_add_full (self, flow, FONT_SMALL_BOLD, SHADE_INSET, TRUE,
                                          CARD_GAP + 2.0,
                                          /* Translators: heading of the advice printed
                                           * under a day with a hard session */
                                          _("Cool-down and fuel"), FALSE));

  for (guint i = 0; i < cooldowns->len; i++)
    g_ptr_array_add (blocks, flow_add_full (self, flow, FONT_SMALL, SHADE_INSET, TRUE, 1.0,
                                            g_ptr_array_index (cooldowns, i), FALSE));

  if (self->body_mass_kg != RBD_UNSET &&
      rbd_fuel_after_run (self->body_mass_kg, &carbohydrate, &protein))
    {
      g_autofree char *text = NULL;

      /* Translators: what to eat in the hour after a hard session, in
       * grams, as in "After: 56-84 g carbohydrate, 18-28 g protein" */
      text = g_strdup_printf (_("After: %.0f-%.0f g carbohydrate, %.0f-%.0f g protein"),
                              carbohydrate.min, carbohydrate.max, protein.min, protein.max);
      g_ptr_array_add (blocks, flow_add_full (self, flow, FONT_SMALL, SHADE_INSET, TRUE, 1.0,
                                              text, FALSE));
    }

  finish_card (blocks, card, STYLE_ADVICE);
}

static void
build_day (RbdWeekRenderer *self,
           guint            day)
{
  Flow *flow = &self->flows[day];
  GPtrArray *sessions = self->days[day];
  gboolean hard = FALSE;
  int card = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      RbdPlannedSession *session = g_ptr_array_index (sessions, i);

      add_session (self, flow, card++, session);
      hard |= rbd_kind_is_hard (rbd_record_get_enum (RBD_RECORD (session), "kind"));
    }

  if (hard)
    add_advice (self, flow, card++, sessions);

  if (sessions->len == 0)
    {
      Block *block = flow_add (self, flow, FONT_NOTES, 0, 0,
                               /* Translators: printed in a day without sessions */
                               _("Nothing planned"), FALSE);

      block->gray = 0.35;
    }

  /* Translators: at the top of a day's column on the pages after the
   * first, when its sessions did not fit on one page */
  flow->marker = block_new (self, FONT_NOTES, flow->width, 0, _("continued"), FALSE);
  flow->marker->gray = 0.35;
}

static int
percent (double share)
{
  return (int) (CLAMP (share, 0, 1) * 100 + 0.5);
}

static void
build_totals (RbdWeekRenderer *self)
{
  const RbdWeekSummary *summary = &self->summary;
  Flow *flow = &self->flows[FLOW_TOTALS];
  g_autofree char *duration = rbd_plan_text_duration (MAX (summary->total_s, 0));
  g_autofree char *distance = rbd_plan_text_distance (MAX (summary->total_m, 0));
  g_autofree char *time = NULL;
  g_autofree char *length = NULL;
  g_autofree char *count = NULL;
  g_autofree char *split = NULL;
  g_autofree char *long_run = NULL;

  flow_add (self, flow, FONT_HEADING, 0, 0, _("Week Totals"), FALSE);

  /* Translators: the planned time of a whole week */
  time = g_strdup_printf (_("Time: %s"), duration);
  /* Translators: the planned distance of a whole week */
  length = g_strdup_printf (_("Distance: %s"), distance);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions",
                                        summary->n_sessions),
                           summary->n_sessions);

  if (summary->running_s > 0)
    {
      int easy = percent (summary->easy_share);

      /* Translators: the share of the week's running time at easy and at
       * quality effort; the aim comes from the 80/20 rule (R3) */
      split = g_strdup_printf (_("Intensity: %d %% easy, %d %% quality of running time "
                                 "(aim: 80-90 %% easy)"),
                               easy, 100 - easy);
    }
  else
    {
      split = g_strdup (_("Intensity: no running time planned"));
    }

  if (summary->long_s > 0)
    /* Translators: the long run's share of the week's running time (R7) */
    long_run = g_strdup_printf (_("Long run: %d %% of running time (aim: about 25 %%)"),
                                percent (summary->long_share));
  else
    long_run = g_strdup (_("Long run: none planned"));

  flow_add (self, flow, FONT_SUMMARY, 0, 4.0, time, FALSE);
  flow_add (self, flow, FONT_SUMMARY, 0, 1.5, length, FALSE);
  flow_add (self, flow, FONT_SUMMARY, 0, 1.5, count, FALSE);
  flow_add (self, flow, FONT_SUMMARY, 0, 1.5, split, FALSE);
  flow_add (self, flow, FONT_SUMMARY, 0, 1.5, long_run, FALSE);
}

static void
build_findings (RbdWeekRenderer *self)
{
  Flow *flow = &self->flows[FLOW_FINDINGS];

  flow_add (self, flow, FONT_HEADING, 0, 0,
            /* Translators: heading of the list of broken recovery rules */
            _("Plan Check"), FALSE);

  if (self->findings->len == 0)
    {
      flow_add (self, flow, FONT_SUMMARY, 0, 4.0,
                _("No findings: hard days are spaced by recovery and the week follows "
                  "the recovery rules."), FALSE);
      return;
    }

  for (guint i = 0; i < self->findings->len; i++)
    {
      const RbdFinding *finding = g_ptr_array_index (self->findings, i);
      g_autofree char *text = NULL;
      g_autofree char *markup = NULL;

      if (finding->fix != NULL && *finding->fix != '\0')
        /* Translators: a broken rule's reason and the suggested fix */
        text = g_strdup_printf (_("%s — %s"), finding->reason, finding->fix);
      else
        text = g_strdup (finding->reason);

      /* The rule id is bold; a note (not a warning) is set in italics. */
      if (finding->severity == RBD_SEVERITY_INFO)
        markup = g_markup_printf_escaped ("<b>[%s]</b> <i>%s</i>", finding->rule, text);
      else
        markup = g_markup_printf_escaped ("<b>[%s]</b> %s", finding->rule, text);

      flow_add (self, flow, FONT_SUMMARY, 0, i == 0 ? 4.0 : 3.0, markup, TRUE);
    }
}

static void
add_fragment (RbdWeekRenderer *self,
              const Flow      *flow,
              const Block     *block,
              guint            page,
              int              first,
              int              end,
              double           y,
              gboolean         rule_above)
{
  Fragment fragment = { block, page, first, end, flow->x, flow->width, y, rule_above };

  g_array_append_val (self->fragments, fragment);
}

/* Where the next line of a flow goes */
typedef struct
{
  guint    page;
  double   area_top;    /* the flow's area on this page, in page coordinates */
  double   available;   /* its height */
  double   y;           /* from area_top */
  gboolean at_top;      /* nothing of the flow's own on this page yet */
} Cursor;

static void
cursor_new_page (RbdWeekRenderer *self,
                 const Flow      *flow,
                 Cursor          *cursor,
                 double           top,
                 double           height)
{
  cursor->page++;
  cursor->area_top = top;
  cursor->available = height;
  cursor->y = 0;
  cursor->at_top = TRUE;

  if (flow->marker != NULL)
    {
      add_fragment (self, flow, flow->marker, cursor->page, 0, flow->marker->n_lines, top, FALSE);
      cursor->y = block_height (flow->marker) + 3.0;
    }
}

/* Places @flow's blocks from @page on: on that page in @first_height
 * points from @first_top, on the following ones in @height from @top.
 * Returns the last page it used. */
static guint
place_flow (RbdWeekRenderer *self,
            const Flow      *flow,
            guint            page,
            double           first_top,
            double           first_height,
            double           top,
            double           height)
{
  Cursor cursor = { page, first_top, first_height, 0, TRUE };
  double room = height;   /* for a card on a page of its own */
  Span span = { 0 };
  int span_card = -1;

  if (flow->marker != NULL)
    room -= block_height (flow->marker) + 3.0;

  for (guint i = 0; i < flow->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (flow->blocks, i);
      int line = 0;

      /* A card that fits on a page is not split; a longer one at least
       * does not leave its kind alone at the foot of a column. */
      if (!cursor.at_top && (block->flags & BLOCK_CARD_START) &&
          cursor.y + block->space_before + block->card_height > cursor.available + EPSILON &&
          block->card_height <= room)
        {
          cursor_new_page (self, flow, &cursor, top, height);
        }
      else if (!cursor.at_top && (block->flags & BLOCK_KEEP_WITH_NEXT) &&
               i + 1 < flow->blocks->len)
        {
          const Block *next = g_ptr_array_index (flow->blocks, i + 1);
          double needed = block->space_before + block_height (block) + next->space_before +
                          (next->bottom[0] - next->top[0]);

          if (cursor.y + needed > cursor.available + EPSILON)
            cursor_new_page (self, flow, &cursor, top, height);
        }

      while (line < block->n_lines)
        {
          double start = cursor.at_top ? cursor.y : cursor.y + block->space_before;
          double fragment_top, fragment_height;
          int end = line;

          while (end < block->n_lines &&
                 start + block->bottom[end] - block->top[line] <= cursor.available + EPSILON)
            end++;

          if (end == line)
            {
              if (!cursor.at_top)
                {
                  cursor_new_page (self, flow, &cursor, top, height);
                  continue;
                }
              /* A single line taller than a page: print it anyway rather
               * than loop for ever. */
              end = line + 1;
            }

          fragment_top = cursor.area_top + start;
          fragment_height = block->bottom[end - 1] - block->top[line];

          /* A rule between two sessions; the shaded advice needs none. */
          add_fragment (self, flow, block, cursor.page, line, end, fragment_top,
                        (block->flags & BLOCK_CARD_START) && line == 0 && !cursor.at_top &&
                        block->style != STYLE_ADVICE);

          if (block->card >= 0)
            {
              if (span_card == block->card && span.page == cursor.page)
                {
                  span.y1 = fragment_top + fragment_height;
                }
              else
                {
                  if (span_card >= 0)
                    g_array_append_val (self->spans, span);
                  span_card = block->card;
                  span = (Span) { cursor.page, block->style, flow->x, flow->width,
                                  fragment_top, fragment_top + fragment_height };
                }
            }

          cursor.y = start + fragment_height;
          cursor.at_top = FALSE;
          line = end;

          if (line < block->n_lines)
            cursor_new_page (self, flow, &cursor, top, height);
        }
    }

  if (span_card >= 0)
    g_array_append_val (self->spans, span);

  return cursor.page;
}

static void
draw_fragment (cairo_t        *cr,
               const Fragment *fragment)
{
  const Block *block = fragment->block;
  double origin = fragment->y - block->top[fragment->first];

  cairo_set_source_rgb (cr, block->gray, block->gray, block->gray);

  for (int i = fragment->first; i < fragment->end; i++)
    {
      cairo_move_to (cr, fragment->x + block->inset + block->x[i], origin + block->baseline[i]);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layout, i));
    }
}

static void
draw_rule (cairo_t *cr,
           double   x0,
           double   x1,
           double   y,
           double   width,
           double   gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

static void
draw_span (cairo_t    *cr,
           const Span *span)
{
  switch (span->style)
    {
    case STYLE_HARD:
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, span->x, span->y0, HARD_BAR, span->y1 - span->y0);
      cairo_fill (cr);
      break;

    case STYLE_EASY:
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, span->x, span->y0, EASY_BAR, span->y1 - span->y0);
      cairo_fill (cr);
      break;

    case STYLE_ADVICE:
      /* Light enough for a dull printer, dark enough to see; the heading
       * inside says what it is either way. */
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, span->x, span->y0 - 2.5, span->width, span->y1 - span->y0 + 5.0);
      cairo_fill (cr);
      break;

    case STYLE_NONE:
    default:
      break;
    }
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y,
                double       gray)
{
  cairo_set_source_rgb (cr, gray, gray, gray);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

static void
rbd_week_renderer_dispose (GObject *object)
{
  RbdWeekRenderer *self = RBD_WEEK_RENDERER (object);

  layout_clear (self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rbd_week_renderer_parent_class)->dispose (object);
}

static void
rbd_week_renderer_finalize (GObject *object)
{
  RbdWeekRenderer *self = RBD_WEEK_RENDERER (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    g_clear_pointer (&self->days[i], g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);

  G_OBJECT_CLASS (rbd_week_renderer_parent_class)->finalize (object);
}

static void
rbd_week_renderer_class_init (RbdWeekRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rbd_week_renderer_dispose;
  object_class->finalize = rbd_week_renderer_finalize;
}

static void
rbd_week_renderer_init (RbdWeekRenderer *self)
{
  self->body_mass_kg = RBD_UNSET;
  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    self->days[i] = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * rbd_week_renderer_new:
 * @week: the week; its sessions are kept (referenced) by the renderer
 * @context: (nullable): what the plan checker needs besides the week
 * @body_mass_kg: the runner's body mass, or %RBD_UNSET
 *
 * The totals and the plan checker's findings are worked out here, once.
 */
RbdWeekRenderer *
rbd_week_renderer_new (const RbdPlanWeek    *week,
                       const RbdPlanContext *context,
                       double                body_mass_kg)
{
  static const RbdPlanContext no_context = { NULL, NULL, 0 };
  RbdWeekRenderer *self;

  g_return_val_if_fail (week != NULL, NULL);
  g_return_val_if_fail (g_date_valid (&week->start), NULL);

  self = g_object_new (RBD_TYPE_WEEK_RENDERER, NULL);
  self->start = week->start;
  self->body_mass_kg = body_mass_kg;

  for (guint i = 0; i < G_N_ELEMENTS (self->days); i++)
    {
      if (week->days[i] == NULL)
        continue;
      for (guint j = 0; j < week->days[i]->len; j++)
        g_ptr_array_add (self->days[i], g_object_ref (g_ptr_array_index (week->days[i], j)));
    }

  rbd_week_summarize (week, &self->summary);
  self->findings = rbd_plan_check (week, context != NULL ? context : &no_context);

  return self;
}

/**
 * rbd_week_renderer_dup_title:
 *
 * Returns: (transfer full): the week's heading, "Week 49 · 30 November –
 *   6 December 2026", also good as a print job's or a file's title
 */
char *
rbd_week_renderer_dup_title (RbdWeekRenderer *self)
{
  g_return_val_if_fail (RBD_IS_WEEK_RENDERER (self), NULL);

  return dup_title (self);
}

guint
rbd_week_renderer_paginate (RbdWeekRenderer *self,
                            cairo_t         *cr,
                            double           width,
                            double           height)
{
  g_autofree char *title = NULL;
  g_autofree char *title_continued = NULL;
  double content_width, column_width, header_height, body_height;
  double totals_width, summary_height;
  guint last_page = 0;

  g_return_val_if_fail (RBD_IS_WEEK_RENDERER (self), 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 2 * MARGIN && height > 2 * MARGIN, 0);

  layout_clear (self);
  ensure_context (self);

  self->width = width;
  self->height = height;
  self->fragments = g_array_new (FALSE, FALSE, sizeof (Fragment));
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));

  content_width = width - 2 * MARGIN;
  column_width = (content_width - 6 * COLUMN_GAP) / 7;

  /* The heading: the week on the left, what this is on the right. */
  self->subtitle = new_layout (self, FONT_SUBTITLE, content_width / 3);
  pango_layout_set_alignment (self->subtitle, PANGO_ALIGN_RIGHT);
  /* Translators: printed at the top right of a week's plan */
  pango_layout_set_text (self->subtitle, _("Recovery-First Training Plan"), -1);

  title = dup_title (self);
  /* Translators: the heading of the second and further pages of a
   * printed week */
  title_continued = g_strdup_printf (_("%s (continued)"), title);
  self->title = new_layout (self, FONT_TITLE, content_width * 2 / 3);
  pango_layout_set_text (self->title, title, -1);
  self->title_continued = new_layout (self, FONT_TITLE, content_width * 2 / 3);
  pango_layout_set_text (self->title_continued, title_continued, -1);

  self->header_top = MARGIN + MAX (MAX (layout_height (self->title),
                                        layout_height (self->title_continued)),
                                   layout_height (self->subtitle)) + 12.0;

  /* The day headers: name, date, and the rules that involve the day. */
  header_height = 0;
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *date = NULL;
      g_autofree char *rules = NULL;
      g_autofree char *markup = NULL;
      GDate day = self->start;

      g_date_add_days (&day, i);
      /* Translators: a day's name at the top of its column */
      name = format_date (&day, _("%A"));
      /* Translators: a day's date at the top of its column, as in "30 Nov" */
      date = format_date (&day, _("%-d %b"));
      rules = day_rules (self, i);

      if (rules != NULL)
        markup = g_markup_printf_escaped ("<b>%s</b>\n%s\n<b>%s</b>", name, date, rules);
      else
        markup = g_markup_printf_escaped ("<b>%s</b>\n%s", name, date);

      self->day_headers[i] = new_layout (self, FONT_DAY, column_width);
      pango_layout_set_markup (self->day_headers[i], markup, -1);
      header_height = MAX (header_height, layout_height (self->day_headers[i]));
    }
  self->body_top = self->header_top + header_height + 10.0;

  /* The footer: what the bars mean, and the page number beside it. */
  self->legend = new_layout (self, FONT_FOOTER, content_width - 90.0);
  pango_layout_set_text (self->legend,
                         _("Thick bar: hard session, follow it with an easy or rest day. "
                           "Thin bar: easy or light session. "
                           "Shaded: cool-down and food after a hard day. "
                           "A rule id in brackets: see Plan Check."),
                         -1);
  self->footer_top = height - MARGIN - layout_height (self->legend);
  self->columns_bottom = self->footer_top - 10.0;
  body_height = self->columns_bottom - self->body_top;

  /* Build every flow at its width. */
  for (guint i = 0; i < 7; i++)
    {
      self->flows[i].blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
      self->flows[i].x = MARGIN + i * (column_width + COLUMN_GAP);
      self->flows[i].width = column_width;
      build_day (self, i);
    }

  totals_width = 3 * column_width + 2 * COLUMN_GAP;
  self->flows[FLOW_TOTALS].blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->flows[FLOW_TOTALS].x = MARGIN;
  self->flows[FLOW_TOTALS].width = totals_width;
  build_totals (self);

  self->flows[FLOW_FINDINGS].blocks =
    g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->flows[FLOW_FINDINGS].x = MARGIN + totals_width + 2 * COLUMN_GAP;
  self->flows[FLOW_FINDINGS].width = content_width - totals_width - 2 * COLUMN_GAP;
  build_findings (self);

  /* The totals and findings go at the foot of the first page when they
   * leave the columns enough room there. */
  summary_height = MAX (flow_height (&self->flows[FLOW_TOTALS]),
                        flow_height (&self->flows[FLOW_FINDINGS]));
  self->summary_on_first_page = summary_height <= body_height * MAX_SUMMARY_SHARE;

  if (self->summary_on_first_page)
    {
      self->summary_top = self->columns_bottom - summary_height;
      self->first_columns_bottom = self->summary_top - SUMMARY_GAP;
    }
  else
    {
      self->summary_top = self->body_top;
      self->first_columns_bottom = self->columns_bottom;
    }

  for (guint i = 0; i < 7; i++)
    {
      guint last = place_flow (self, &self->flows[i], 0,
                               self->body_top, self->first_columns_bottom - self->body_top,
                               self->body_top, body_height);

      last_page = MAX (last_page, last);
    }

  if (self->summary_on_first_page)
    {
      place_flow (self, &self->flows[FLOW_TOTALS], 0,
                  self->summary_top, summary_height, self->body_top, body_height);
      place_flow (self, &self->flows[FLOW_FINDINGS], 0,
                  self->summary_top, summary_height, self->body_top, body_height);
    }
  else
    {
      guint first = last_page + 1;
      guint last_totals, last_findings;

      last_totals = place_flow (self, &self->flows[FLOW_TOTALS], first,
                                self->body_top, body_height, self->body_top, body_height);
      last_findings = place_flow (self, &self->flows[FLOW_FINDINGS], first,
                                  self->body_top, body_height, self->body_top, body_height);
      last_page = MAX (last_totals, last_findings);
    }

  self->n_pages = last_page + 1;

  return self->n_pages;
}

void
rbd_week_renderer_draw_page (RbdWeekRenderer *self,
                             cairo_t         *cr,
                             guint            page)
{
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *number_text = NULL;
  double left = MARGIN;
  double right;
  double columns_bottom;
  gboolean summary_here;

  g_return_if_fail (RBD_IS_WEEK_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  right = self->width - MARGIN;
  summary_here = self->summary_on_first_page ? page == 0 : FALSE;
  columns_bottom = summary_here ? self->first_columns_bottom : self->columns_bottom;

  cairo_save (cr);

  /* Heading */
  show_layout_at (cr, page == 0 ? self->title : self->title_continued, left, MARGIN, 0);
  show_layout_at (cr, self->subtitle, right - (self->width - 2 * MARGIN) / 3, MARGIN + 5.0, 0.3);
  draw_rule (cr, left, right, self->header_top - 6.0, 1.5, 0);

  /* Day headers, with hairlines between the columns */
  for (guint i = 0; i < 7; i++)
    {
      const Flow *flow = &self->flows[i];

      show_layout_at (cr, self->day_headers[i], flow->x, self->header_top, 0);

      if (i > 0)
        {
          double x = flow->x - COLUMN_GAP / 2;

          cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
          cairo_set_line_width (cr, 0.4);
          cairo_move_to (cr, x, self->header_top);
          cairo_line_to (cr, x, columns_bottom);
          cairo_stroke (cr);
        }
    }
  draw_rule (cr, left, right, self->body_top - 5.0, 0.8, 0);

  if (summary_here)
    draw_rule (cr, left, right, self->summary_top - SUMMARY_GAP / 2, 0.8, 0);

  /* Bars and shades first, the text over them */
  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      if (span->page == page)
        draw_span (cr, span);
    }

  for (guint i = 0; i < self->fragments->len; i++)
    {
      const Fragment *fragment = &g_array_index (self->fragments, Fragment, i);

      if (fragment->page != page)
        continue;

      if (fragment->rule_above)
        draw_rule (cr, fragment->x, fragment->x + fragment->width,
                   fragment->y - fragment->block->space_before / 2, 0.4, 0.55);

      draw_fragment (cr, fragment);
    }

  /* Footer */
  draw_rule (cr, left, right, self->footer_top - 4.0, 0.4, 0);
  show_layout_at (cr, self->legend, left, self->footer_top, 0.2);

  number = new_layout (self, FONT_FOOTER, 85.0);
  pango_layout_set_alignment (number, PANGO_ALIGN_RIGHT);
  /* Translators: the page number at the foot of a printed week */
  number_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  pango_layout_set_text (number, number_text, -1);
  show_layout_at (cr, number, right - 85.0, self->footer_top, 0.2);

  cairo_restore (cr);
}

typedef struct
{
  int fd;
  int error;
} Output;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Output *output = closure;

  while (length > 0)
    {
      gssize written = write (output->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          output->error = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          errsv,
                 const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, errsv != 0 ? g_io_error_from_errno (errsv) : G_IO_ERROR_FAILED,
               /* Translators: the first %s is a file, the second why */
               _("Could not write %s: %s"), display,
               errsv != 0 ? g_strerror (errsv) : reason);
}

gboolean
rbd_week_renderer_write_pdf (RbdWeekRenderer  *self,
                             const char       *path,
                             GError          **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_name = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Output output = { -1, 0 };
  guint n_pages;

  g_return_val_if_fail (RBD_IS_WEEK_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Beside the target, so that the rename is atomic and a file already
   * at @path stays whole until the new one is complete. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  temp_name = g_strdup_printf (".%s.XXXXXX", base);
  temp_path = g_build_filename (dir, temp_name, NULL);

  /* An export is for sharing: the usual permissions under the umask. */
  output.fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (output.fd < 0)
    {
      set_write_error (error, path, errno, NULL);
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (write_cb, &output, PAGE_WIDTH, PAGE_HEIGHT);
  title = dup_title (self);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Rebound " VERSION);

  cr = cairo_create (surface);
  n_pages = rbd_week_renderer_paginate (self, cr, PAGE_WIDTH, PAGE_HEIGHT);
  for (guint i = 0; i < n_pages; i++)
    {
      rbd_week_renderer_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || output.error != 0)
    {
      set_write_error (error, path, output.error, cairo_status_to_string (status));
      goto failed;
    }

  if (g_fsync (output.fd) != 0)
    {
      set_write_error (error, path, errno, NULL);
      goto failed;
    }

  if (close (output.fd) != 0)
    {
      output.fd = -1;
      set_write_error (error, path, errno, NULL);
      goto failed;
    }
  output.fd = -1;

  if (g_rename (temp_path, path) != 0)
    {
      set_write_error (error, path, errno, NULL);
      goto failed;
    }

  return TRUE;

failed:
  if (output.fd >= 0)
    close (output.fd);
  g_unlink (temp_path);

  return FALSE;
}
