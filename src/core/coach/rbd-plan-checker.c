/* rbd-plan-checker.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-plan-checker"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "rbd-kind.h"
#include "rbd-planned-session.h"
#include "rbd-plan-checker.h"

#define N_DAYS 7

/* The day before the week, for R1 and R6 across the week boundary. */
#define DAY_BEFORE (-1)

/* DOMAIN.md thresholds (rbd-plan-checker.h), kept in whole percent so that
 * a plan exactly on a limit compares exactly (integer arithmetic) and is
 * not flagged. */
#define QUALITY_MAX_PCT      RBD_PLAN_QUALITY_MAX_PCT
#define RAMP_MAX_PCT         RBD_PLAN_RAMP_MAX_PCT
#define CUTBACK_PCT          RBD_PLAN_CUTBACK_PCT
#define CUTBACK_LOW_PCT      RBD_PLAN_CUTBACK_LOW_PCT
#define CUTBACK_WINDOW       RBD_PLAN_CUTBACK_WINDOW
#define LONG_INFO_PCT        RBD_PLAN_LONG_INFO_PCT
#define LONG_WARN_PCT        RBD_PLAN_LONG_WARN_PCT
/* R7: below this, "shorten the long run to 12 min" would be no long run at
 * all; the week needs more easy running instead. */
#define MIN_USEFUL_LONG_S    (30 * 60)

G_DEFINE_BOXED_TYPE (RbdFinding, rbd_finding, rbd_finding_copy, rbd_finding_free)

typedef struct
{
  const RbdPlanWeek    *week;
  GPtrArray            *day_before;
  const RbdWeekSummary *previous;
  guint                 n_previous;
  RbdWeekSummary        summary;
  GPtrArray            *findings;
} Check;

/* Session kinds as a noun inside a sentence ("Move the tempo run on ..."),
 * which the capitalised labels of rbd_kind_get_label() don't fit. */
#define NOUN_CONTEXT "session kind in a sentence"

static const char * const nouns[RBD_N_KINDS] = {
  [RBD_KIND_REST    ] = NC_("session kind in a sentence", "rest day"),
  [RBD_KIND_RECOVERY] = NC_("session kind in a sentence", "recovery run"),
  [RBD_KIND_EASY    ] = NC_("session kind in a sentence", "easy run"),
  [RBD_KIND_LONG    ] = NC_("session kind in a sentence", "long run"),
  [RBD_KIND_TEMPO   ] = NC_("session kind in a sentence", "tempo run"),
  [RBD_KIND_INTERVAL] = NC_("session kind in a sentence", "interval session"),
  [RBD_KIND_HILLS   ] = NC_("session kind in a sentence", "hill session"),
  [RBD_KIND_RACE    ] = NC_("session kind in a sentence", "race"),
  [RBD_KIND_CROSS   ] = NC_("session kind in a sentence", "cross-training"),
  [RBD_KIND_STRENGTH] = NC_("session kind in a sentence", "strength session"),
  [RBD_KIND_MOBILITY] = NC_("session kind in a sentence", "mobility session"),
};

static RbdKind
session_kind (gpointer session)
{
  return rbd_record_get_enum (RBD_RECORD (session), "kind");
}

static const char *
kind_noun (RbdKind kind)
{
  g_return_val_if_fail ((guint) kind < RBD_N_KINDS, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, NOUN_CONTEXT, nouns[kind]);
}

/* The interval, tempo and long runs that R6 protects from heavy legs. */
static gboolean
kind_is_key (RbdKind kind)
{
  return kind == RBD_KIND_INTERVAL || kind == RBD_KIND_TEMPO || kind == RBD_KIND_LONG;
}

static gboolean
kind_is_quality (RbdKind kind)
{
  return kind == RBD_KIND_TEMPO || kind == RBD_KIND_INTERVAL ||
         kind == RBD_KIND_HILLS || kind == RBD_KIND_RACE;
}

static GPtrArray *
day_sessions (const Check *check,
              int          day)
{
  if (day == DAY_BEFORE)
    return check->day_before;

  g_assert (day >= 0 && day < N_DAYS);

  return check->week->days[day];
}

/* How many sessions of a day pass @test, and the kinds of the first two. */
static guint
count_kinds (GPtrArray *sessions,
             gboolean (*test) (RbdKind kind),
             RbdKind    *first,
             RbdKind    *second)
{
  guint n = 0;

  if (sessions == NULL)
    return 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      RbdKind kind = session_kind (g_ptr_array_index (sessions, i));

      if ((guint) kind >= RBD_N_KINDS || !test (kind))
        continue;

      if (n == 0 && first != NULL)
        *first = kind;
      else if (n == 1 && second != NULL)
        *second = kind;
      n++;
    }

  return n;
}

static gboolean
kind_is_strength (RbdKind kind)
{
  return kind == RBD_KIND_STRENGTH;
}

static gboolean
kind_is_not_light (RbdKind kind)
{
  return !rbd_kind_is_light (kind);
}

/* R2: an empty day rests as well as a planned rest day. */
static gboolean
day_is_light (GPtrArray *sessions)
{
  return count_kinds (sessions, kind_is_not_light, NULL, NULL) == 0;
}

static int
day_duration_s (GPtrArray *sessions)
{
  gint64 total = 0;

  if (sessions == NULL)
    return 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      RbdRecord *record = g_ptr_array_index (sessions, i);

      if (rbd_record_is_set (record, "duration_s"))
        total += rbd_record_get_int (record, "duration_s");
    }

  return (int) MIN (total, G_MAXINT);
}

static char *
day_name (const Check *check,
          int          day)
{
  GDate date = check->week->start;
  char buf[128];

  if (day == DAY_BEFORE)
    g_date_subtract_days (&date, 1);
  else
    g_date_add_days (&date, day);

  if (g_date_strftime (buf, sizeof buf, "%A", &date) == 0)
    {
      /* Translators: a day of the week by number, when its name is unknown */
      return g_strdup_printf (_("day %d"), day + 1);
    }

  return g_strdup (buf);
}

/* Whole minutes; the checker's numbers are advice, not a stopwatch. */
static char *
format_duration (int seconds)
{
  int minutes = (MAX (seconds, 0) + 30) / 60;
  int hours = minutes / 60;

  minutes %= 60;

  /* Translators: durations of training, "45 min", "5 h", "5 h 30 min" */
  if (hours == 0)
    return g_strdup_printf (_("%d min"), minutes);
  if (minutes == 0)
    return g_strdup_printf (_("%d h"), hours);

  return g_strdup_printf (_("%d h %d min"), hours, minutes);
}

/* A share that broke the limit @above_pct, to the nearest tenth of a
 * percent but never rounded down onto the limit: 20.04 % shows as 20.1 %,
 * not as the "20 %" it is above. The decimal is left out when it is 0. */
static char *
format_percent (gint64 part,
                gint64 whole,
                int    above_pct)
{
  gint64 tenths;

  g_assert (part >= 0 && whole > 0);

  tenths = (part * 1000 * 2 + whole) / (whole * 2);
  tenths = MAX (tenths, (gint64) above_pct * 10 + 1);
  if (tenths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, tenths / 10);

  return g_strdup_printf ("%.1f", (double) tenths / 10.0);
}

static void
add_finding (Check       *check,
             const char  *rule,
             RbdSeverity  severity,
             guint        days,
             char        *reason,
             char        *fix)
{
  RbdFinding *finding = g_new0 (RbdFinding, 1);

  finding->rule = g_strdup (rule);
  finding->severity = severity;
  finding->days = days;
  finding->reason = reason;
  finding->fix = fix;

  g_ptr_array_add (check->findings, finding);
}

static guint
day_bit (int day)
{
  return day >= 0 ? 1u << day : 0;
}

/* A day a hard session can move to: no hard session on it or on either
 * side. Later days first (the usual fix is to push a session back) and,
 * while there is a choice, days that already have training rather than
 * rest days, so that moving does not cost the week its rest (R2). -1 when
 * the week has no such day. */
static int
find_recovered_slot (const Check *check,
                     const guint  n_hard[N_DAYS],
                     guint        n_hard_before,
                     int          from)
{
  int order[N_DAYS - 1];
  guint n_order = 0;

  for (int day = from + 1; day < N_DAYS; day++)
    order[n_order++] = day;
  for (int day = from - 1; day >= 0; day--)
    order[n_order++] = day;

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_order; i++)
        {
          int day = order[i];
          gboolean free_before = day == 0 ? n_hard_before == 0 : n_hard[day - 1] == 0;
          gboolean free_after = day == N_DAYS - 1 || n_hard[day + 1] == 0;

          if (n_hard[day] != 0 || !free_before || !free_after)
            continue;

          if (pass == 0 && day_is_light (day_sessions (check, day)))
            continue;

          return day;
        }
    }

  return -1;
}

static char *
move_hard_fix (const Check *check,
               const guint  n_hard[N_DAYS],
               guint        n_hard_before,
               int          day,
               RbdKind      kind)
{
  guint without[N_DAYS];
  g_autofree char *name = day_name (check, day);
  int slot;

  memcpy (without, n_hard, sizeof without);
  without[day]--;

  slot = find_recovered_slot (check, without, n_hard_before, day);
  if (slot >= 0)
    {
      g_autofree char *slot_name = day_name (check, slot);

      /* Translators: "Move the tempo run on Tuesday to Thursday, ..." */
      return g_strdup_printf (_("Move the %s on %s to %s, or make it an easy run"),
                              kind_noun (kind), name, slot_name);
    }

  return g_strdup_printf (_("Make the %s on %s an easy run; no other day of the week has "
                            "a recovery day on both sides"),
                          kind_noun (kind), name);
}

/* R1: 48 h between hard sessions. */
static void
check_hard_spacing (Check *check)
{
  guint n_hard[N_DAYS];
  RbdKind first[N_DAYS];
  RbdKind second[N_DAYS];
  RbdKind first_before = RBD_KIND_REST;
  guint n_hard_before;

  for (int day = 0; day < N_DAYS; day++)
    {
      first[day] = second[day] = RBD_KIND_REST;
      n_hard[day] = count_kinds (day_sessions (check, day), rbd_kind_is_hard,
                                 &first[day], &second[day]);
    }
  n_hard_before = count_kinds (check->day_before, rbd_kind_is_hard, &first_before, NULL);

  for (int day = 0; day < N_DAYS; day++)
    {
      g_autofree char *name = NULL;

      if (n_hard[day] < 2)
        continue;

      name = day_name (check, day);
      add_finding (check, "R1", RBD_SEVERITY_WARNING, day_bit (day),
                   /* Translators: "Tuesday has 2 hard sessions (interval session and
                    * tempo run) ..."; the count is always 2 or more */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s has %u hard session (%s and %s) "
                                                 "with no time to recover between them",
                                                 "%s has %u hard sessions (%s and %s) "
                                                 "with no time to recover between them",
                                                 n_hard[day]),
                                    name, n_hard[day],
                                    kind_noun (first[day]), kind_noun (second[day])),
                   /* A race has a fixed date: move the other session. */
                   second[day] == RBD_KIND_RACE
                   ? move_hard_fix (check, n_hard, n_hard_before, day, first[day])
                   : move_hard_fix (check, n_hard, n_hard_before, day, second[day]));
    }

  if (n_hard_before > 0 && n_hard[0] > 0)
    {
      g_autofree char *before_name = day_name (check, DAY_BEFORE);
      g_autofree char *name = day_name (check, 0);

      char *fix;

      if (first[0] == RBD_KIND_RACE)
        fix = g_strdup_printf (_("Make the %s on %s an easy run so that you start the %s on "
                                 "%s fresh"),
                               kind_noun (first_before), before_name,
                               kind_noun (first[0]), name);
      else
        fix = move_hard_fix (check, n_hard, n_hard_before, 0, first[0]);

      add_finding (check, "R1", RBD_SEVERITY_WARNING, day_bit (0),
                   g_strdup_printf (_("The %s on %s (the day before this week) and the %s on %s "
                                      "are less than 48 h apart"),
                                    kind_noun (first_before), before_name,
                                    kind_noun (first[0]), name),
                   fix);
    }

  for (int day = 0; day + 1 < N_DAYS; day++)
    {
      RbdKind earlier;
      RbdKind later;
      g_autofree char *name = NULL;
      g_autofree char *next_name = NULL;

      if (n_hard[day] == 0 || n_hard[day + 1] == 0)
        continue;

      /* The session closest to the other day; the later one is the one to
       * move, unless it is a race, which has a fixed date. */
      earlier = n_hard[day] > 1 ? second[day] : first[day];
      later = first[day + 1];
      name = day_name (check, day);
      next_name = day_name (check, day + 1);
      add_finding (check, "R1", RBD_SEVERITY_WARNING, day_bit (day) | day_bit (day + 1),
                   g_strdup_printf (_("The %s on %s and the %s on %s are less than 48 h "
                                      "apart"),
                                    kind_noun (earlier), name, kind_noun (later), next_name),
                   later == RBD_KIND_RACE && earlier != RBD_KIND_RACE
                   ? move_hard_fix (check, n_hard, n_hard_before, day, earlier)
                   : move_hard_fix (check, n_hard, n_hard_before, day + 1, later));
    }
}

/* R2: a rest or very light day every week. */
static void
check_rest (Check *check)
{
  int easiest = -1;
  int easiest_s = G_MAXINT;

  for (int day = 0; day < N_DAYS; day++)
    {
      GPtrArray *sessions = day_sessions (check, day);
      int duration_s;

      if (day_is_light (sessions))
        return;

      if (count_kinds (sessions, rbd_kind_is_hard, NULL, NULL) > 0)
        continue;

      duration_s = day_duration_s (sessions);
      if (duration_s < easiest_s)
        {
          easiest = day;
          easiest_s = duration_s;
        }
    }

  if (easiest >= 0)
    {
      g_autofree char *name = day_name (check, easiest);

      add_finding (check, "R2", RBD_SEVERITY_WARNING, 0,
                   g_strdup (_("No day of the week is a rest day or a very light day")),
                   g_strdup_printf (_("Make %s a rest day, or keep only a short recovery run "
                                      "or mobility work on it"),
                                    name));
    }
  else
    {
      add_finding (check, "R2", RBD_SEVERITY_WARNING, 0,
                   g_strdup (_("No day of the week is a rest day or a very light day")),
                   g_strdup (_("Replace one of the hard sessions with a rest day")));
    }
}

/* R3: 10-20 % of the running time at quality. */
static void
check_intensity_split (Check *check)
{
  const RbdWeekSummary *s = &check->summary;
  gint64 excess_s;
  guint days = 0;
  g_autofree char *percent = NULL;
  g_autofree char *excess = NULL;

  if (s->running_s <= 0)
    return;
  if ((gint64) s->quality_s * 100 <= (gint64) s->running_s * QUALITY_MAX_PCT)
    return;

  for (int day = 0; day < N_DAYS; day++)
    {
      if (count_kinds (day_sessions (check, day), kind_is_quality, NULL, NULL) > 0)
        days |= day_bit (day);
    }

  /* Turning quality into easy running keeps the week's volume, so the
   * limit stays a share of the same running time. Rounded up to a whole
   * minute so that following the advice lands on or under the limit. */
  excess_s = s->quality_s - (gint64) s->running_s * QUALITY_MAX_PCT / 100;
  excess_s = (excess_s + 59) / 60 * 60;

  percent = format_percent (s->quality_s, s->running_s, QUALITY_MAX_PCT);
  excess = format_duration ((int) excess_s);
  add_finding (check, "R3", RBD_SEVERITY_WARNING, days,
               /* Translators: %s is a percentage such as "25" or "20.3" */
               g_strdup_printf (_("%s %% of running time is quality; aim for 10-20 %%"), percent),
               g_strdup_printf (_("Turn about %s of quality running into easy running: fewer "
                                  "reps, a shorter tempo, or an easy run instead of one "
                                  "quality session"),
                                excess));
}

/* R4: at most ~10 % more running than last week; a race week tapers. */
static void
check_ramp (Check *check)
{
  const RbdWeekSummary *s = &check->summary;
  gint64 last_s;
  gint64 cap_s;
  gint64 trim_s;
  g_autofree char *last = NULL;
  g_autofree char *now = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *cap = NULL;
  g_autofree char *trim = NULL;

  if (check->n_previous < 1 || s->has_race)
    return;

  last_s = check->previous[0].running_s;
  if (last_s <= 0 || (gint64) s->running_s * 100 <= last_s * RAMP_MAX_PCT)
    return;

  /* The cap rounds down and the trim up, so the advice never overshoots. */
  cap_s = last_s * RAMP_MAX_PCT / 100 / 60 * 60;
  trim_s = ((gint64) s->running_s - cap_s + 59) / 60 * 60;

  last = format_duration ((int) last_s);
  now = format_duration (s->running_s);
  percent = format_percent ((gint64) s->running_s - last_s, last_s, RAMP_MAX_PCT - 100);
  cap = format_duration ((int) cap_s);
  trim = format_duration ((int) trim_s);

  add_finding (check, "R4", RBD_SEVERITY_WARNING, 0,
               /* Translators: "from 5 h last week to 5 h 45 min (+15 %)" */
               g_strdup_printf (_("Running time rises from %s last week to %s (+%s %%); aim "
                                  "for at most 10 %% more"),
                                last, now, percent),
               g_strdup_printf (_("Trim about %s, for example from the easy runs, so the week "
                                  "stays at or under %s"),
                                trim, cap));
}

/* R5: a lighter week every 3-5 weeks; a race week is lighter anyway. */
static void
check_cutback (Check *check)
{
  gint64 weeks[CUTBACK_WINDOW + 1];
  gint64 peak_s = 0;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *w0 = NULL;
  g_autofree char *w1 = NULL;
  g_autofree char *w2 = NULL;
  g_autofree char *w3 = NULL;
  g_autofree char *w4 = NULL;

  if (check->n_previous < CUTBACK_WINDOW || check->summary.has_race)
    return;

  /* Oldest first, this week last. */
  for (guint i = 0; i < CUTBACK_WINDOW; i++)
    {
      weeks[i] = check->previous[CUTBACK_WINDOW - 1 - i].running_s;
      if (weeks[i] <= 0)
        return;
    }
  weeks[CUTBACK_WINDOW] = check->summary.running_s;

  /* The oldest week has nothing before it in the window to be lighter
   * than, so it can only set the bar. */
  peak_s = weeks[0];
  for (guint i = 1; i <= CUTBACK_WINDOW; i++)
    {
      if (weeks[i] * 100 <= peak_s * CUTBACK_PCT)
        return;
      peak_s = MAX (peak_s, weeks[i]);
    }

  w0 = format_duration ((int) weeks[0]);
  w1 = format_duration ((int) weeks[1]);
  w2 = format_duration ((int) weeks[2]);
  w3 = format_duration ((int) weeks[3]);
  w4 = format_duration ((int) weeks[4]);
  /* Whole minutes inside the 15-30 % band, so either end is a real cutback. */
  low = format_duration ((int) ((peak_s * CUTBACK_LOW_PCT / 100 + 59) / 60 * 60));
  high = format_duration ((int) (peak_s * CUTBACK_PCT / 100 / 60 * 60));

  add_finding (check, "R5", RBD_SEVERITY_WARNING, 0,
               /* Translators: running time of five weeks, oldest first */
               g_strdup_printf (_("No lighter week in the last five (%s, %s, %s, %s, then %s "
                                  "this week)"),
                                w0, w1, w2, w3, w4),
               g_strdup_printf (_("Make this week or the next a lighter one, %s to %s of "
                                  "running (15-30 %% less); keep the quality sessions but "
                                  "with fewer reps or a shorter tempo"),
                                low, high));
}

/* A day to move strength work to: no hard session on it and no key run
 * the day after. Later days first, so the key run comes before the
 * lifting, and rest days last. */
static int
find_strength_slot (const Check *check,
                    int          from)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      for (int step = 1; step < N_DAYS; step++)
        {
          int day = (from + step) % N_DAYS;
          GPtrArray *sessions = day_sessions (check, day);

          if (count_kinds (sessions, rbd_kind_is_hard, NULL, NULL) > 0)
            continue;
          if (day + 1 < N_DAYS &&
              count_kinds (day_sessions (check, day + 1), kind_is_key, NULL, NULL) > 0)
            continue;
          /* Keep rest days for resting (R2) while another day will do. */
          if (pass == 0 && day_is_light (sessions))
            continue;

          return day;
        }
    }

  return -1;
}

/* R6: no heavy legs the day before an interval, tempo or long run. */
static void
check_legs (Check *check)
{
  for (int day = DAY_BEFORE; day + 1 < N_DAYS; day++)
    {
      RbdKind key = RBD_KIND_EASY;
      g_autofree char *name = NULL;
      g_autofree char *next_name = NULL;
      char *fix;
      int slot;

      if (count_kinds (day_sessions (check, day), kind_is_strength, NULL, NULL) == 0 ||
          count_kinds (day_sessions (check, day + 1), kind_is_key, &key, NULL) == 0)
        continue;

      name = day_name (check, day);
      next_name = day_name (check, day + 1);
      slot = day == DAY_BEFORE ? -1 : find_strength_slot (check, day);

      if (day == DAY_BEFORE)
        {
          fix = g_strdup_printf (_("Keep the strength session on %s light on the legs, or move "
                                   "the %s on %s to a later day"),
                                 name, kind_noun (key), next_name);
        }
      else if (slot >= 0)
        {
          g_autofree char *slot_name = day_name (check, slot);

          fix = g_strdup_printf (_("Move the strength session on %s to %s, or keep it light "
                                   "on the legs"),
                                 name, slot_name);
        }
      else
        {
          fix = g_strdup_printf (_("Keep the strength session on %s light on the legs: "
                                   "upper body and core"),
                                 name);
        }

      add_finding (check, "R6", RBD_SEVERITY_WARNING, day_bit (day) | day_bit (day + 1),
                   g_strdup_printf (_("Strength work on %s leaves heavy legs for the %s on %s"),
                                    name, kind_noun (key), next_name),
                   fix);
    }
}

/* R7: the long run around a quarter of the running time. */
static void
check_long_share (Check *check)
{
  const RbdWeekSummary *s = &check->summary;
  RbdSeverity severity;
  gint64 target_s;
  guint days = 0;
  g_autofree char *percent = NULL;
  char *reason;
  char *fix;

  if (s->long_s <= 0 || s->running_s <= 0)
    return;

  if ((gint64) s->long_s * 100 > (gint64) s->running_s * LONG_WARN_PCT)
    severity = RBD_SEVERITY_WARNING;
  else if ((gint64) s->long_s * 100 > (gint64) s->running_s * LONG_INFO_PCT)
    severity = RBD_SEVERITY_INFO;
  else
    return;

  for (int day = 0; day < N_DAYS; day++)
    {
      GPtrArray *sessions = day_sessions (check, day);

      if (sessions == NULL)
        continue;

      for (guint i = 0; i < sessions->len; i++)
        {
          if (session_kind (g_ptr_array_index (sessions, i)) == RBD_KIND_LONG)
            days |= day_bit (day);
        }
    }

  percent = format_percent (s->long_s, s->running_s,
                            severity == RBD_SEVERITY_WARNING ? LONG_WARN_PCT : LONG_INFO_PCT);
  if (severity == RBD_SEVERITY_WARNING)
    reason = g_strdup_printf (_("The long run is %s %% of running time; above 35 %% it takes "
                                "too much from the rest of the week"),
                              percent);
  else
    reason = g_strdup_printf (_("The long run is %s %% of running time, a little more than "
                                "the usual 25 %%"),
                              percent);

  /* A quarter of the week after shortening: L = (running - long + L) / 4. */
  target_s = ((gint64) s->running_s - s->long_s) / 3;
  if (target_s >= MIN_USEFUL_LONG_S)
    {
      g_autofree char *target = format_duration ((int) target_s);

      fix = g_strdup_printf (_("Shorten the long run to about %s, or add easy running on "
                               "other days"),
                             target);
    }
  else
    {
      fix = g_strdup (_("Add easy running on other days so that the long run is about a "
                        "quarter of the week"));
    }

  add_finding (check, "R7", severity, days, reason, fix);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const RbdFinding *fa = *(const RbdFinding * const *) a;
  const RbdFinding *fb = *(const RbdFinding * const *) b;
  int cmp;

  if ((cmp = strcmp (fa->rule, fb->rule)) != 0)
    return cmp;
  if ((cmp = g_bit_nth_lsf (fa->days, -1) - g_bit_nth_lsf (fb->days, -1)) != 0)
    return cmp;
  if (fa->days != fb->days)
    return fa->days < fb->days ? -1 : 1;
  if (fa->severity != fb->severity)
    return fa->severity > fb->severity ? -1 : 1;

  return g_strcmp0 (fa->reason, fb->reason);
}

RbdFinding *
rbd_finding_copy (const RbdFinding *self)
{
  RbdFinding *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RbdFinding, 1);
  copy->rule = g_strdup (self->rule);
  copy->severity = self->severity;
  copy->days = self->days;
  copy->reason = g_strdup (self->reason);
  copy->fix = g_strdup (self->fix);

  return copy;
}

void
rbd_finding_free (RbdFinding *self)
{
  if (self == NULL)
    return;

  g_free (self->rule);
  g_free (self->reason);
  g_free (self->fix);
  g_free (self);
}

GPtrArray *
rbd_plan_check (const RbdPlanWeek    *week,
                const RbdPlanContext *context)
{
  Check check = { 0 };

  g_return_val_if_fail (week != NULL, NULL);
  g_return_val_if_fail (g_date_valid (&week->start), NULL);
  g_return_val_if_fail (context == NULL || context->n_previous == 0 ||
                        context->previous != NULL, NULL);

  check.week = week;
  if (context != NULL)
    {
      check.day_before = context->day_before;
      check.previous = context->previous;
      check.n_previous = context->n_previous;
    }
  check.findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rbd_finding_free);
  rbd_week_summarize (week, &check.summary);

  check_hard_spacing (&check);
  check_rest (&check);
  check_intensity_split (&check);
  check_ramp (&check);
  check_cutback (&check);
  check_legs (&check);
  check_long_share (&check);

  g_ptr_array_sort (check.findings, compare_findings);

  return check.findings;
}
