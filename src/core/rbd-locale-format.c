/* rbd-locale-format.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-locale-format"

#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rbd-locale-format.h"

/* "%H:%M" in a translated format becomes this on a 12-hour clock:
 * "7:15 AM", the hour without padding. */
#define CLOCK_12_HOUR "%-l:%M %p"

typedef enum
{
  MERIDIEM_NONE,
  MERIDIEM_AM,
  MERIDIEM_PM,
} Meridiem;

/* The locale's AM or PM word in UTF-8 and case-folded, NULL when the
 * locale has none. */
static char *
dup_meridiem_word (nl_item item)
{
  const char *word = nl_langinfo (item);
  g_autofree char *utf8 = NULL;

  if (word == NULL || *word == '\0')
    return NULL;

  utf8 = g_locale_to_utf8 (word, -1, NULL, NULL, NULL);
  if (utf8 == NULL)
    return NULL;

  return g_utf8_casefold (utf8, -1);
}

/* Takes an AM or PM word off either end of @text (which is case-folded
 * and stripped); returns which it was. Korean and Chinese put theirs
 * first, most others last. */
static Meridiem
strip_meridiem (char *text)
{
  g_autofree char *locale_am = dup_meridiem_word (AM_STR);
  g_autofree char *locale_pm = dup_meridiem_word (PM_STR);
  const struct
  {
    const char *word;
    Meridiem    meridiem;
  } words[] = {
    { locale_am, MERIDIEM_AM },
    { locale_pm, MERIDIEM_PM },
    { "a.m.", MERIDIEM_AM },
    { "p.m.", MERIDIEM_PM },
    { "am", MERIDIEM_AM },
    { "pm", MERIDIEM_PM },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *word = words[i].word;
      gsize text_len = strlen (text);
      gsize word_len;

      if (word == NULL)
        continue;

      word_len = strlen (word);
      if (word_len == 0 || word_len >= text_len)
        continue;

      if (strcmp (text + text_len - word_len, word) == 0)
        {
          text[text_len - word_len] = '\0';
          return words[i].meridiem;
        }

      if (strncmp (text, word, word_len) == 0)
        {
          memmove (text, text + word_len, text_len - word_len + 1);
          return words[i].meridiem;
        }
    }

  return MERIDIEM_NONE;
}

static gboolean
all_digits (const char *text,
            gsize       min_len,
            gsize       max_len)
{
  gsize len = strlen (text);

  if (len < min_len || len > max_len)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

/* "7:15", "7.15", "0715", "715" or "7" (the hour alone). */
static gboolean
parse_clock_digits (char  *text,
                    guint *hour,
                    guint *minute)
{
  char *separator;

  g_strstrip (text);
  separator = strpbrk (text, ":.");

  if (separator != NULL)
    {
      char *hours = text;
      char *minutes = separator + 1;

      *separator = '\0';
      g_strstrip (hours);
      g_strstrip (minutes);

      if (!all_digits (hours, 1, 2) || !all_digits (minutes, 2, 2))
        return FALSE;

      *hour = (guint) atoi (hours);
      *minute = (guint) atoi (minutes);
      return TRUE;
    }

  if (!all_digits (text, 1, 4))
    return FALSE;

  if (strlen (text) <= 2)
    {
      *hour = (guint) atoi (text);
      *minute = 0;
    }
  else
    {
      guint value = (guint) atoi (text);

      *hour = value / 100;
      *minute = value % 100;
    }

  return TRUE;
}

/**
 * rbd_locale_format_number:
 * @digits: how many decimals, 0 to 6
 *
 * Returns: (transfer full): @value with the locale's decimal separator,
 *   "10.5" or "10,5"; never "-0.0" for a value that rounds to zero
 */
char *
rbd_locale_format_number (double value,
                          int    digits)
{
  g_return_val_if_fail (digits >= 0 && digits <= 6, NULL);

  if (!isfinite (value))
    return g_strdup ("–");

  /* printf would keep the sign of a tiny negative number */
  if (fabs (value) < 0.5 * pow (10, -digits))
    value = 0.0;

  return g_strdup_printf ("%.*f", digits, value);
}

/**
 * rbd_locale_parse_number:
 *
 * Reads a number as people type it: "70.5", "70,5" or with the locale's
 * own decimal separator, an optional sign, spaces around. Whatever the
 * locale, '.' and ',' are both read as the decimal separator: nobody
 * types thousands separators into a field for a body mass or a distance.
 * Exponents, hex, "inf" and "nan" are not numbers here.
 *
 * Returns: %FALSE for empty text and anything but one finite number
 */
gboolean
rbd_locale_parse_number (const char *text,
                         double     *value)
{
  g_autofree char *copy = NULL;
  const char *radix = nl_langinfo (RADIXCHAR);
  gboolean seen_digit = FALSE;
  gboolean seen_separator = FALSE;
  char *end = NULL;
  double result;
  char *p;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));

  /* A separator of more than one byte (U+066B in Arabic locales) is
   * replaced by '.' and the rest of the text closed up behind it. */
  if (radix != NULL && strlen (radix) > 1)
    {
      char *found;

      while ((found = strstr (copy, radix)) != NULL)
        {
          *found = '.';
          memmove (found + 1, found + strlen (radix), strlen (found + strlen (radix)) + 1);
        }
    }
  else if (radix != NULL && *radix != '\0')
    {
      g_strdelimit (copy, radix, '.');
    }
  g_strdelimit (copy, ",", '.');

  p = copy;
  if (*p == '-' || *p == '+')
    p++;
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        seen_digit = TRUE;
      else if (*p == '.' && !seen_separator)
        seen_separator = TRUE;
      else
        return FALSE;
    }
  if (!seen_digit)
    return FALSE;

  result = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (result))
    return FALSE;

  *value = result;

  return TRUE;
}

/**
 * rbd_locale_uses_12_hour_clock:
 *
 * Whether the locale (LC_TIME) writes times of day with AM and PM: its
 * time format uses a 12-hour field (%I, %l, %r) or an AM/PM one, and it
 * has words for them. en_US does, de_DE, en_GB and C do not.
 */
gboolean
rbd_locale_uses_12_hour_clock (void)
{
  const char *format = nl_langinfo (T_FMT);
  const char *am = nl_langinfo (AM_STR);

  if (format == NULL || am == NULL || *am == '\0')
    return FALSE;

  return strstr (format, "%I") != NULL || strstr (format, "%l") != NULL ||
         strstr (format, "%r") != NULL || strstr (format, "%p") != NULL ||
         strstr (format, "%P") != NULL;
}

/**
 * rbd_locale_format_time_of_day:
 * @hour: 0 to 23
 * @minute: 0 to 59
 *
 * Returns: (transfer full): "07:15" or "7:15 AM", as the locale keeps time
 */
char *
rbd_locale_format_time_of_day (int hour,
                               int minute)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (hour >= 0 && hour <= 23, NULL);
  g_return_val_if_fail (minute >= 0 && minute <= 59, NULL);

  if (!rbd_locale_uses_12_hour_clock ())
    return g_strdup_printf ("%02d:%02d", hour, minute);

  /* GDateTime for the AM and PM words: it converts them to UTF-8. */
  time = g_date_time_new_utc (2000, 1, 1, hour, minute, 0);

  return g_date_time_format (time, CLOCK_12_HOUR);
}

/**
 * rbd_locale_format_time:
 *
 * Returns: (transfer full): the time of day of @time in its own offset,
 *   as rbd_locale_format_time_of_day() writes it
 */
char *
rbd_locale_format_time (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, NULL);

  return rbd_locale_format_time_of_day (g_date_time_get_hour (time),
                                        g_date_time_get_minute (time));
}

/**
 * rbd_locale_format_date_time:
 * @format: a g_date_time_format() format, usually a translated one
 *
 * Like g_date_time_format(), but where the locale keeps a 12-hour clock
 * the "%H:%M" or "%R" in @format becomes "7:15 AM". So translators keep
 * writing "%H:%M" where their language puts the time.
 *
 * Returns: (transfer full):
 */
char *
rbd_locale_format_date_time (GDateTime  *time,
                             const char *format)
{
  g_autoptr(GString) twelve = NULL;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  if (!rbd_locale_uses_12_hour_clock ())
    return g_date_time_format (time, format);

  twelve = g_string_new (format);
  g_string_replace (twelve, "%H:%M", CLOCK_12_HOUR, 0);
  g_string_replace (twelve, "%R", CLOCK_12_HOUR, 0);

  return g_date_time_format (time, twelve->str);
}

/**
 * rbd_locale_parse_time_of_day:
 *
 * Reads a time of day as people type it, whatever the locale's clock:
 * "19:15", "7:15 PM", "7.15pm", "0715", "7 am", and the locale's own AM
 * and PM words before or after the time.
 *
 * Returns: %FALSE for empty text and anything that is not a time of day
 */
gboolean
rbd_locale_parse_time_of_day (const char *text,
                              int        *hour,
                              int        *minute)
{
  g_autofree char *copy = NULL;
  g_autofree char *folded = NULL;
  Meridiem meridiem;
  guint h, m;

  g_return_val_if_fail (hour != NULL && minute != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return FALSE;

  folded = g_utf8_casefold (copy, -1);
  meridiem = strip_meridiem (folded);

  if (!parse_clock_digits (folded, &h, &m) || m > 59)
    return FALSE;

  switch (meridiem)
    {
    case MERIDIEM_AM:
    case MERIDIEM_PM:
      if (h < 1 || h > 12)
        return FALSE;
      h = h % 12 + (meridiem == MERIDIEM_PM ? 12 : 0);
      break;

    case MERIDIEM_NONE:
    default:
      if (h > 23)
        return FALSE;
      break;
    }

  *hour = (int) h;
  *minute = (int) m;

  return TRUE;
}
