/* test-week-renderer.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-week-renderer"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "rbd-kind.h"
#include "rbd-plan-checker.h"
#include "rbd-planned-session.h"
#include "rbd-week-renderer.h"

#define NO_NUMBER RBD_UNSET

/* A4 landscape */
#define PAGE_WIDTH  841.89
#define PAGE_HEIGHT 595.28

#define JAPANESE_TITLE "朝のリカバリージョグ"
#define ARABIC_TITLE   "ركض سهل في الحديقة"

typedef struct
{
  RbdPlanWeek week;
} Week;

static Week *
week_new (int year,
          int month,
          int day)
{
  Week *self = g_new0 (Week, 1);

  g_date_clear (&self->week.start, 1);
  g_date_set_dmy (&self->week.start, day, month, year);
  for (guint i = 0; i < 7; i++)
    self->week.days[i] = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

static void
week_free (Week *self)
{
  for (guint i = 0; i < 7; i++)
    g_ptr_array_unref (self->week.days[i]);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Week, week_free)

static RbdPlannedSession *
week_add (Week       *self,
          guint       day,
          RbdKind     kind,
          const char *title,
          int         duration_s,
          double      distance_m,
          const char *notes)
{
  RbdPlannedSession *session = rbd_planned_session_new ();
  RbdRecord *record = RBD_RECORD (session);
  GDate date = self->week.start;
  char text[11];

  g_date_add_days (&date, day);
  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&date),
              g_date_get_month (&date), g_date_get_day (&date));

  rbd_record_set_string (record, "date", text);
  rbd_record_set_enum (record, "kind", kind);
  if (title != NULL)
    rbd_record_set_string (record, "title", title);
  if (duration_s != NO_NUMBER)
    rbd_record_set_int (record, "duration_s", duration_s);
  if (distance_m != NO_NUMBER)
    rbd_record_set_double (record, "distance_m", distance_m);
  if (notes != NULL)
    rbd_record_set_string (record, "notes", notes);

  g_ptr_array_add (self->week.days[day], session);

  return session;
}

/* DOMAIN.md's recovery-first week, from Monday 30 November 2026 */
static Week *
normal_week (void)
{
  Week *week = week_new (2026, 11, 30);

  week_add (week, 0, RBD_KIND_EASY, "Easy run and mobility", 50 * 60, 8000,
            "Conversational pace, then 10 min mobility.");
  week_add (week, 1, RBD_KIND_INTERVAL, "5 x 4 min at 10K effort", 65 * 60, 11000,
            "15 min warm-up, drills and strides; 2 min jog between reps.");
  week_add (week, 2, RBD_KIND_RECOVERY, JAPANESE_TITLE, 35 * 60, 5000, NULL);
  week_add (week, 3, RBD_KIND_TEMPO, "Tempo", 55 * 60, 11000,
            "20 min at half-marathon effort.");
  week_add (week, 4, RBD_KIND_REST, NULL, NO_NUMBER, NO_NUMBER, NULL);
  week_add (week, 4, RBD_KIND_MOBILITY, ARABIC_TITLE, 15 * 60, NO_NUMBER, NULL);
  week_add (week, 5, RBD_KIND_LONG, "Long run", 80 * 60, 15000, "Last 10-15 min controlled.");
  week_add (week, 6, RBD_KIND_EASY, "Shake-out", 35 * 60, 6000, NULL);

  return week;
}

static guint
count_pages_at (RbdWeekRenderer *renderer,
                double           width,
                double           height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  /* A PDF surface that writes nothing: only the layout is wanted. */
  surface = cairo_pdf_surface_create_for_stream (NULL, NULL, width, height);
  cr = cairo_create (surface);
  n_pages = rbd_week_renderer_paginate (renderer, cr, width, height);
  for (guint i = 0; i < n_pages; i++)
    {
      rbd_week_renderer_draw_page (renderer, cr, i);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return n_pages;
}

static guint
count_pages (RbdWeekRenderer *renderer)
{
  return count_pages_at (renderer, PAGE_WIDTH, PAGE_HEIGHT);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rebound-week-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);

  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_dir (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

/* What pdftotext finds on the pages: as laid out (-layout: the columns
 * side by side, so a wrapped phrase comes apart) and in the order it was
 * drawn (-raw: each column's lines in turn), with all white space
 * squeezed to one space so that wrapped phrases can be looked for. */
typedef struct
{
  char  *layout;
  char  *flat;
  guint  n_pages;
} PdfText;

static void
pdf_text_free (PdfText *self)
{
  g_free (self->layout);
  g_free (self->flat);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdfText, pdf_text_free)

static char *
run_pdftotext (const char *pdftotext,
               const char *mode,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;
  const char *argv[] = { pdftotext, mode, "-enc", "UTF-8", path, "-", NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* Writes the PDF; NULL (and the test skipped) when poppler-utils is not
 * installed. */
static PdfText *
pdf_text (RbdWeekRenderer *renderer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *contents = NULL;
  g_autofree char *raw = NULL;
  PdfText *text;

  g_assert_true (rbd_week_renderer_write_pdf (renderer, path, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdftotext == NULL)
    {
      remove_dir (dir);
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  text = g_new0 (PdfText, 1);
  text->layout = run_pdftotext (pdftotext, "-layout", path);
  raw = run_pdftotext (pdftotext, "-raw", path);
  text->flat = g_regex_replace_literal (spaces, raw, -1, 0, " ", 0, &error);
  g_assert_no_error (error);

  /* pdftotext ends each page with a form feed. */
  for (const char *p = text->layout; *p != '\0'; p++)
    text->n_pages += *p == '\f';

  g_test_message ("pdftotext -layout:\n%s", text->layout);
  remove_dir (dir);

  return text;
}

/* Whether the fonts installed here can draw @text at all (Debian's
 * fonts-dejavu-core has no Japanese, for example). */
static gboolean
fonts_cover (const char *text)
{
  PangoContext *context;
  PangoLayout *layout;
  PangoFontDescription *font;
  int unknown;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  layout = pango_layout_new (context);
  font = pango_font_description_from_string ("Sans 10");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  unknown = pango_layout_get_unknown_glyphs_count (layout);
  g_object_unref (layout);
  g_object_unref (context);

  return unknown == 0;
}

static void
test_normal_week_pages (void)
{
  g_autoptr(Week) week = normal_week ();
  g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, 70);

  g_assert_cmpuint (count_pages (renderer), ==, 1);

  /* Paginating again, at another size (US Letter), starts afresh. */
  g_assert_cmpuint (count_pages_at (renderer, 792, 612), ==, 1);
  g_assert_cmpuint (count_pages (renderer), ==, 1);
}

/* Says what was missing, not only that something was. */
#define assert_has(text, part)                                               \
  G_STMT_START {                                                             \
    if (strstr ((text), (part)) == NULL)                                     \
      g_error ("“%s” is not on the page", (part));                           \
  } G_STMT_END

static void
test_normal_week_text (void)
{
  g_autoptr(Week) week = normal_week ();
  g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  g_autoptr(PdfText) text = pdf_text (renderer);

  if (text == NULL)
    return;

  g_assert_cmpuint (text->n_pages, ==, 1);

  /* The heading and the day headers, as they are set side by side */
  assert_has (text->layout, "Week 49 · 30 November – 6 December 2026");
  g_assert_nonnull (g_strstr_len (text->layout, -1, "Monday"));
  g_assert_true (strstr (text->layout, "Monday") < strstr (text->layout, "Tuesday"));
  g_assert_true (strstr (text->layout, "Saturday") < strstr (text->layout, "Sunday"));
  assert_has (text->layout, "30 Nov");
  assert_has (text->layout, "6 Dec");

  /* Sessions: kind, title, duration and distance, notes */
  assert_has (text->flat, "Intervals 5 x 4 min at 10K effort 1 h 5 min · 11.0 km");
  assert_has (text->flat, "15 min warm-up, drills and strides; 2 min jog between reps.");
  assert_has (text->flat, "Long Run Long run 1 h 20 min · 15.0 km");
  assert_has (text->flat, "Rest Mobility");

  /* Under the hard days: the cool-down and the food for 70 kg */
  assert_has (text->flat, "Cool-down and fuel Cool-down after intervals or tempo "
                          "After: 56-84 g carbohydrate, 18-28 g protein");
  assert_has (text->flat, "Cool-down and fuel Cool-down after a long run "
                          "After: 56-84 g carbohydrate, 18-28 g protein");

  /* The totals */
  assert_has (text->layout, "Time: 5 h 35 min");
  assert_has (text->layout, "Distance: 56.0 km");
  assert_has (text->layout, "8 sessions");
  assert_has (text->layout, "Intensity: 80 % easy, 20 % quality");
  assert_has (text->layout, "Long run: 25 % of running time");

  /* A clean week says so. */
  assert_has (text->flat, "No findings");

  /* Arabic comes out of pdftotext in an order of its own; that it has
   * glyphs to be drawn with is checked here. */
  g_assert_true (fonts_cover (ARABIC_TITLE));
  if (fonts_cover (JAPANESE_TITLE))
    assert_has (text->layout, JAPANESE_TITLE);
  else
    g_test_message ("No font for Japanese here: not checking that it reached the page");
}

static void
test_no_body_mass (void)
{
  g_autoptr(Week) week = normal_week ();
  g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, RBD_UNSET);
  g_autoptr(PdfText) text = pdf_text (renderer);

  if (text == NULL)
    return;

  /* The cool-down still, but no amounts without a body mass */
  assert_has (text->flat, "Cool-down after intervals or tempo");
  g_assert_null (strstr (text->flat, "carbohydrate"));
}

static void
test_findings (void)
{
  g_autoptr(Week) week = week_new (2026, 11, 30);
  g_autoptr(RbdWeekRenderer) renderer = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(PdfText) text = NULL;
  g_autofree char *expected = NULL;
  const RbdFinding *r1 = NULL;

  /* DOMAIN.md's "simple 4-day pattern": intervals, then tempo the next day */
  week_add (week, 0, RBD_KIND_INTERVAL, "Intervals", 60 * 60, 10000, NULL);
  week_add (week, 1, RBD_KIND_TEMPO, "Tempo", 50 * 60, 9000, NULL);
  week_add (week, 2, RBD_KIND_EASY, "Easy", 40 * 60, 7000, NULL);
  week_add (week, 3, RBD_KIND_REST, NULL, NO_NUMBER, NO_NUMBER, NULL);

  findings = rbd_plan_check (&week->week, &(RbdPlanContext) { NULL, NULL, 0 });
  for (guint i = 0; i < findings->len && r1 == NULL; i++)
    {
      const RbdFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->rule, "R1") == 0)
        r1 = finding;
    }
  g_assert_nonnull (r1);
  g_assert_nonnull (r1->fix);

  renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  text = pdf_text (renderer);
  if (text == NULL)
    return;

  /* The rule id marks the days involved ... */
  assert_has (text->layout, "[R1]");
  g_assert_true (strstr (text->layout, "[R1]") < strstr (text->layout, "Week Totals"));

  /* ... and leads the finding: reason — fix */
  expected = g_strdup_printf ("[R1] %s — %s", r1->reason, r1->fix);
  assert_has (text->flat, expected);
  g_assert_null (strstr (text->flat, "No findings"));
}

static void
test_clean_week (void)
{
  g_autoptr(Week) week = week_new (2026, 12, 7);
  g_autoptr(RbdWeekRenderer) renderer = NULL;
  g_autoptr(PdfText) text = NULL;

  week_add (week, 0, RBD_KIND_REST, NULL, NO_NUMBER, NO_NUMBER, NULL);
  week_add (week, 1, RBD_KIND_EASY, "Easy", 45 * 60, 8000, NULL);
  week_add (week, 2, RBD_KIND_EASY, "Easy", 45 * 60, 8000, NULL);
  week_add (week, 3, RBD_KIND_TEMPO, "Tempo", 25 * 60, 5000, NULL);
  week_add (week, 4, RBD_KIND_EASY, "Easy", 45 * 60, 8000, NULL);
  week_add (week, 5, RBD_KIND_EASY, "Easy", 40 * 60, 7000, NULL);
  week_add (week, 6, RBD_KIND_LONG, "Long", 70 * 60, 13000, NULL);

  renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  text = pdf_text (renderer);
  if (text == NULL)
    return;

  assert_has (text->layout, "Week 50 · 7 – 13 December 2026");
  g_assert_null (strstr (text->flat, "[R1]"));
}

static char *
long_title (void)
{
  GString *title = g_string_new (NULL);

  /* 500 characters, the last word a marker */
  while (title->len < 495)
    g_string_append (title, "recovery ");
  g_string_truncate (title, 495);
  g_string_append (title, "ZZEND");
  g_assert_cmpuint (g_utf8_strlen (title->str, -1), ==, 500);

  return g_string_free (title, FALSE);
}

static void
test_full_week (void)
{
  g_autoptr(Week) week = week_new (2026, 11, 30);
  g_autoptr(RbdWeekRenderer) renderer = NULL;
  g_autoptr(PdfText) text = NULL;
  g_autofree char *title = long_title ();
  guint n_pages;

  /* 30 sessions on one day, each with notes, and a 500-character title */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Session %02u", i + 1);

      week_add (week, 3, i % 3 == 0 ? RBD_KIND_INTERVAL : RBD_KIND_EASY, name, 30 * 60, 5000,
                "Notes long enough to take a second line in a narrow column.");
    }
  week_add (week, 2, RBD_KIND_EASY, title, 30 * 60, NO_NUMBER, NULL);
  week_add (week, 5, RBD_KIND_RECOVERY, JAPANESE_TITLE, 30 * 60, NO_NUMBER, NULL);

  renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  n_pages = count_pages (renderer);
  g_assert_cmpuint (n_pages, >=, 2);

  text = pdf_text (renderer);
  if (text == NULL)
    return;

  g_assert_cmpuint (text->n_pages, ==, n_pages);
  assert_has (text->layout, "Week 49 · 30 November – 6 December 2026 (continued)");
  /* The day goes on under a "continued", with a whole session: one that
   * fits on a page is never split. */
  g_assert_true (g_regex_match_simple ("continued (Easy|Intervals) Session [0-9]{2} 30 min",
                                       text->flat, 0, 0));

  /* Nothing is clipped: every session whole and in order, all of the
   * long title, and the advice after the last of the 30 sessions. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *card = g_strdup_printf ("%s Session %02u 30 min · 5.0 km Notes long "
                                               "enough to take a second line in a narrow "
                                               "column.",
                                               i % 3 == 0 ? "Intervals" : "Easy", i + 1);

      assert_has (text->flat, card);
    }
  assert_has (text->flat, title);
  assert_has (text->flat, "Session 30 30 min · 5.0 km Notes long enough to take a second "
                          "line in a narrow column. Cool-down and fuel "
                          "Cool-down after intervals or tempo After: 56-84 g carbohydrate");
  assert_has (text->layout, "32 sessions");

  if (fonts_cover (JAPANESE_TITLE))
    assert_has (text->layout, JAPANESE_TITLE);
}

/* Thirty sessions spread over the week, one with a long title */
static void
test_spread_week (void)
{
  g_autoptr(Week) week = week_new (2026, 11, 30);
  g_autoptr(RbdWeekRenderer) renderer = NULL;
  g_autoptr(PdfText) text = NULL;
  g_autofree char *title = long_title ();
  guint n_pages;

  for (guint i = 0; i < 30; i++)
    week_add (week, i % 7, i % 4 == 0 ? RBD_KIND_HILLS : RBD_KIND_EASY,
              i == 29 ? title : "Steady running on the canal path", 45 * 60, 9000, NULL);

  renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  n_pages = count_pages (renderer);
  g_assert_cmpuint (n_pages, >=, 1);

  text = pdf_text (renderer);
  if (text == NULL)
    return;

  g_assert_cmpuint (text->n_pages, ==, n_pages);
  assert_has (text->flat, title);
  assert_has (text->layout, "30 sessions");
}

static void
test_empty_week (void)
{
  g_autoptr(Week) week = week_new (2026, 12, 28);
  g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, RBD_UNSET);
  g_autoptr(PdfText) text = NULL;

  g_assert_cmpuint (count_pages (renderer), ==, 1);

  text = pdf_text (renderer);
  if (text == NULL)
    return;

  assert_has (text->layout, "Week 53 · 28 December 2026 – 3 January 2027");
  assert_has (text->flat, "Nothing planned");
  assert_has (text->layout, "0 sessions");
  assert_has (text->layout, "Intensity: no running time planned");
}

typedef struct
{
  int         year;
  int         month;
  int         day;
  const char *title;
} TitleCase;

static const TitleCase title_cases[] = {
  { 2026, 11, 30, "Week 49 · 30 November – 6 December 2026" },
  { 2026, 12, 7, "Week 50 · 7 – 13 December 2026" },
  { 2026, 12, 28, "Week 53 · 28 December 2026 – 3 January 2027" },
  /* A week from Sunday: the ISO week that holds most of its days */
  { 2026, 11, 29, "Week 49 · 29 November – 5 December 2026" },
  { 2027, 1, 3, "Week 1 · 3 – 9 January 2027" },
};

static void
test_title (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      const TitleCase *c = &title_cases[i];
      g_autoptr(Week) week = week_new (c->year, c->month, c->day);
      g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, 70);
      g_autofree char *title = rbd_week_renderer_dup_title (renderer);

      g_assert_cmpstr (title, ==, c->title);
    }
}

static void
test_write_replaces (void)
{
  g_autoptr(Week) week = normal_week ();
  g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  gsize length = 0;

  g_file_set_contents (path, "an older export", -1, &error);
  g_assert_no_error (error);

  g_assert_true (rbd_week_renderer_write_pdf (renderer, path, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* Complete: it ends with the PDF trailer */
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents + length - 6, 6, "%%EOF\n", 6);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "week.pdf");

  remove_dir (dir);
}

static void
test_write_errors (void)
{
  g_autoptr(Week) week = normal_week ();
  g_autoptr(RbdWeekRenderer) renderer = rbd_week_renderer_new (&week->week, NULL, 70);
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "nowhere", "week.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "week.pdf", NULL);
  g_autofree char *inside = g_build_filename (folder, "kept.txt", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *kept = NULL;

  /* A folder that does not exist: the error names the file asked for. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (rbd_week_renderer_write_pdf (renderer, missing, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_assert_nonnull (strstr (error->message, missing));
  }
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  g_clear_pointer (&listing, g_free);

  /* A folder in the way: found only at the very end, when the finished
   * temporary file is renamed. It is removed; the folder is untouched. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "kept", -1, NULL));
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (rbd_week_renderer_write_pdf (renderer, folder, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, folder));
  }
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "week.pdf");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_get_contents (inside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "kept");

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/week-renderer/normal/pages", test_normal_week_pages);
  g_test_add_func ("/week-renderer/normal/text", test_normal_week_text);
  g_test_add_func ("/week-renderer/no-body-mass", test_no_body_mass);
  g_test_add_func ("/week-renderer/findings", test_findings);
  g_test_add_func ("/week-renderer/clean-week", test_clean_week);
  g_test_add_func ("/week-renderer/full-week", test_full_week);
  g_test_add_func ("/week-renderer/spread-week", test_spread_week);
  g_test_add_func ("/week-renderer/empty-week", test_empty_week);
  g_test_add_func ("/week-renderer/title", test_title);
  g_test_add_func ("/week-renderer/write/replaces", test_write_replaces);
  g_test_add_func ("/week-renderer/write/errors", test_write_errors);

  return g_test_run ();
}
