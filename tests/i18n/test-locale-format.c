/* test-locale-format.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-locale-format"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "rbd-locale-format.h"

/* The locales come from tests/i18n/build-locales.sh through LOCPATH. A
 * test that needs one that could not be built skips and says so. */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;

  g_test_skip_printf ("the %s locale is not available (LOCPATH=%s); tests/i18n/"
                      "build-locales.sh builds it from Debian's \"locales\" package",
                      name, g_getenv ("LOCPATH"));
  return FALSE;
}

static void
restore_locale (void)
{
  setlocale (LC_ALL, "C.UTF-8");
}

typedef struct
{
  double      value;
  int         digits;
  const char *c;
  const char *german;
} NumberCase;

static const NumberCase number_cases[] = {
  { 10.5, 1, "10.5", "10,5" },
  { 10.0, 1, "10.0", "10,0" },
  { 1.046, 2, "1.05", "1,05" },
  { 69.8, 0, "70", "70" },
  { -2.25, 2, "-2.25", "-2,25" },
  { -0.04, 1, "0.0", "0,0" },      /* no "-0.0" */
  { 1234.5, 1, "1234.5", "1234,5" },
};

static void
test_format_number (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      g_autofree char *text = rbd_locale_format_number (number_cases[i].value,
                                                        number_cases[i].digits);

      g_assert_cmpstr (text, ==, number_cases[i].c);
    }

  if (!use_locale ("de_DE.UTF-8"))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      g_autofree char *text = rbd_locale_format_number (number_cases[i].value,
                                                        number_cases[i].digits);

      g_assert_cmpstr (text, ==, number_cases[i].german);
    }

  restore_locale ();
}

typedef struct
{
  const char *text;
  gboolean    ok;
  double      value;
} ParseCase;

/* The same in every locale: '.' and ',' are both decimal separators. */
static const ParseCase parse_cases[] = {
  { "70.5", TRUE, 70.5 },
  { "70,5", TRUE, 70.5 },
  { "  70,5 ", TRUE, 70.5 },
  { "-3", TRUE, -3 },
  { "+2.25", TRUE, 2.25 },
  { ".5", TRUE, 0.5 },
  { "5.", TRUE, 5 },
  { "0", TRUE, 0 },
  { "", FALSE, 0 },
  { "   ", FALSE, 0 },
  { ".", FALSE, 0 },
  { "-", FALSE, 0 },
  { "abc", FALSE, 0 },
  { "70 kg", FALSE, 0 },
  { "1.2.3", FALSE, 0 },
  { "1,234.5", FALSE, 0 },
  { "1e5", FALSE, 0 },
  { "0x10", FALSE, 0 },
  { "nan", FALSE, 0 },
  { "inf", FALSE, 0 },
  { "7 5", FALSE, 0 },
};

static void
check_parse_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      double value = -999;
      gboolean ok = rbd_locale_parse_number (parse_cases[i].text, &value);

      if (ok != parse_cases[i].ok)
        g_error ("“%s”: expected %s", parse_cases[i].text,
                 parse_cases[i].ok ? "a number" : "no number");
      if (ok)
        g_assert_cmpfloat_with_epsilon (value, parse_cases[i].value, 1e-12);
      else
        g_assert_cmpfloat (value, ==, -999);   /* left alone */
    }
}

static void
test_parse_number (void)
{
  double value = 0;

  check_parse_cases ();
  g_assert_false (rbd_locale_parse_number (NULL, &value));

  if (!use_locale ("de_DE.UTF-8"))
    return;
  check_parse_cases ();

  /* What the locale wrote, it reads back */
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      g_autofree char *text = rbd_locale_format_number (number_cases[i].value,
                                                        number_cases[i].digits);

      g_assert_true (rbd_locale_parse_number (text, &value));
      g_assert_cmpfloat_with_epsilon (value, number_cases[i].value,
                                      0.5 * pow (10, -number_cases[i].digits) + 1e-9);
    }

  restore_locale ();
}

typedef struct
{
  int         hour;
  int         minute;
  const char *twenty_four;
  const char *twelve;
} ClockCase;

static const ClockCase clock_cases[] = {
  { 7, 5, "07:05", "7:05 AM" },
  { 19, 30, "19:30", "7:30 PM" },
  { 0, 15, "00:15", "12:15 AM" },
  { 12, 0, "12:00", "12:00 PM" },
  { 23, 59, "23:59", "11:59 PM" },
};

static void
check_clock (gboolean twelve)
{
  for (guint i = 0; i < G_N_ELEMENTS (clock_cases); i++)
    {
      const ClockCase *c = &clock_cases[i];
      const char *expected = twelve ? c->twelve : c->twenty_four;
      g_autofree char *text = rbd_locale_format_time_of_day (c->hour, c->minute);
      g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 11, 30, c->hour, c->minute, 42);
      g_autofree char *from_time = rbd_locale_format_time (time);
      int hour = -1, minute = -1;

      g_assert_cmpstr (text, ==, expected);
      g_assert_cmpstr (from_time, ==, expected);

      /* What it shows, it reads back */
      g_assert_true (rbd_locale_parse_time_of_day (text, &hour, &minute));
      g_assert_cmpint (hour, ==, c->hour);
      g_assert_cmpint (minute, ==, c->minute);
    }
}

static void
test_clock (void)
{
  /* C: a 24-hour clock */
  g_assert_false (rbd_locale_uses_12_hour_clock ());
  check_clock (FALSE);

  if (use_locale ("de_DE.UTF-8"))
    {
      g_assert_false (rbd_locale_uses_12_hour_clock ());
      check_clock (FALSE);
    }

  if (use_locale ("en_US.UTF-8"))
    {
      g_assert_true (rbd_locale_uses_12_hour_clock ());
      check_clock (TRUE);
    }

  restore_locale ();
}

static void
test_date_time (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 11, 30, 19, 10, 0);
  const char *format = "%a %-d %b %Y, %H:%M";
  g_autofree char *c = rbd_locale_format_date_time (time, format);
  g_autofree char *german = NULL;
  g_autofree char *american = NULL;
  g_autofree char *with_r = NULL;

  g_assert_cmpstr (c, ==, "Mon 30 Nov 2026, 19:10");

  if (use_locale ("de_DE.UTF-8"))
    {
      german = rbd_locale_format_date_time (time, format);
      g_assert_cmpstr (german, ==, "Mo 30 Nov 2026, 19:10");
    }

  if (use_locale ("en_US.UTF-8"))
    {
      american = rbd_locale_format_date_time (time, format);
      g_assert_cmpstr (american, ==, "Mon 30 Nov 2026, 7:10 PM");
      with_r = rbd_locale_format_date_time (time, "%R");
      g_assert_cmpstr (with_r, ==, "7:10 PM");
    }

  restore_locale ();
}

typedef struct
{
  const char *text;
  gboolean    ok;
  int         hour;
  int         minute;
} TimeCase;

/* Read the same whatever the locale's clock */
static const TimeCase time_cases[] = {
  { "19:15", TRUE, 19, 15 },
  { "07:15", TRUE, 7, 15 },
  { "7:15", TRUE, 7, 15 },
  { " 7 : 15 ", TRUE, 7, 15 },
  { "7.15", TRUE, 7, 15 },
  { "0715", TRUE, 7, 15 },
  { "715", TRUE, 7, 15 },
  { "7", TRUE, 7, 0 },
  { "0:00", TRUE, 0, 0 },
  { "7:15 PM", TRUE, 19, 15 },
  { "7:15pm", TRUE, 19, 15 },
  { "7.15 p.m.", TRUE, 19, 15 },
  { "7 am", TRUE, 7, 0 },
  { "12 AM", TRUE, 0, 0 },
  { "12:30 pm", TRUE, 12, 30 },
  { "PM 3:05", TRUE, 15, 5 },
  { "", FALSE, 0, 0 },
  { "pm", FALSE, 0, 0 },
  { "24:00", FALSE, 0, 0 },
  { "7:60", FALSE, 0, 0 },
  { "7:5", FALSE, 0, 0 },
  { "13 pm", FALSE, 0, 0 },
  { "0 am", FALSE, 0, 0 },
  { "12345", FALSE, 0, 0 },
  { "seven", FALSE, 0, 0 },
  { "7:15:30", FALSE, 0, 0 },
  { "-7:15", FALSE, 0, 0 },
};

static void
check_time_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (time_cases); i++)
    {
      const TimeCase *c = &time_cases[i];
      int hour = -1, minute = -1;
      gboolean ok = rbd_locale_parse_time_of_day (c->text, &hour, &minute);

      if (ok != c->ok)
        g_error ("“%s”: expected %s", c->text, c->ok ? "a time of day" : "no time of day");
      if (ok)
        {
          g_assert_cmpint (hour, ==, c->hour);
          g_assert_cmpint (minute, ==, c->minute);
        }
      else
        {
          g_assert_cmpint (hour, ==, -1);
          g_assert_cmpint (minute, ==, -1);
        }
    }
}

static void
test_parse_time (void)
{
  int hour, minute;

  check_time_cases ();
  g_assert_false (rbd_locale_parse_time_of_day (NULL, &hour, &minute));

  if (use_locale ("de_DE.UTF-8"))
    check_time_cases ();
  if (use_locale ("en_US.UTF-8"))
    check_time_cases ();

  restore_locale ();
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  restore_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locale-format/number", test_format_number);
  g_test_add_func ("/locale-format/parse-number", test_parse_number);
  g_test_add_func ("/locale-format/clock", test_clock);
  g_test_add_func ("/locale-format/date-time", test_date_time);
  g_test_add_func ("/locale-format/parse-time", test_parse_time);

  return g_test_run ();
}
