/* rbd-readiness.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-readiness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "rbd-dates.h"
#include "rbd-kind.h"
#include "rbd-readiness.h"
#include "rbd-session.h"
#include "rbd-training-load.h"

/* Every rule reads from one table of days ending on the day judged, filled
 * by a single pass over each list: enough days for the longest rule (easy
 * pace: 14 + 42 days) judged on each day of the look-back. */
#define N_DAYS (RBD_READINESS_LOOKBACK_DAYS + RBD_READINESS_PACE_RECENT_DAYS + \
                RBD_READINESS_PACE_BASELINE_DAYS)

/* Averages of whole numbers meet a threshold exactly; don't let the last
 * bit of a double decide. */
#define EPSILON 1e-9

typedef enum
{
  M_SLEEP_H,
  M_SLEEP_QUALITY,
  M_REST_HR,
  M_HRV,
  M_MOOD,
  M_MOTIVATION,
  N_METRICS,
} Metric;

typedef struct
{
  double   sum[N_METRICS];
  guint    n[N_METRICS];
  int      soreness;      /* the highest of the day, or RBD_UNSET */
  gboolean ill;
  double   pace_sum;      /* metres per heartbeat of the easy runs */
  guint    pace_n;
} Day;

/* days[0] is the day judged, days[1] the day before, and so on. */
typedef struct
{
  Day days[N_DAYS];
} History;

/* What a rule measured on a day: the recent and baseline values, the
 * counts behind them, and how far past its threshold it is (1 = on it). */
typedef struct
{
  double recent;
  double baseline;
  guint  n_recent;
  guint  n_baseline;
  double strength;
  int    which;           /* the metric that tripped the sign, for the words */
} Measure;

static const char * const sign_ids[RBD_N_SIGNS] = {
  [RBD_SIGN_HEAVY_LEGS] = "heavy-legs",
  [RBD_SIGN_EASY_PACE]  = "easy-pace",
  [RBD_SIGN_SLEEP]      = "sleep",
  [RBD_SIGN_ILLNESS]    = "illness",
  [RBD_SIGN_MOOD]       = "mood",
  [RBD_SIGN_REST_HR]    = "rest-hr",
  [RBD_SIGN_HRV]        = "hrv",
};

static const char * const sign_titles[RBD_N_SIGNS] = {
  [RBD_SIGN_HEAVY_LEGS] = N_("Heavy legs"),
  [RBD_SIGN_EASY_PACE]  = N_("Easy runs getting slower"),
  [RBD_SIGN_SLEEP]      = N_("Worse sleep while tired"),
  [RBD_SIGN_ILLNESS]    = N_("Frequent illness or niggles"),
  [RBD_SIGN_MOOD]       = N_("Low mood or motivation"),
  [RBD_SIGN_REST_HR]    = N_("Resting heart rate up"),
  [RBD_SIGN_HRV]        = N_("HRV down"),
};

static gint64
back_of (gint64 julian,
         gint64 day_julian)
{
  return day_julian - julian;
}

static Day *
history_day (History *h,
             gint64   back)
{
  if (back < 0 || back >= N_DAYS)
    return NULL;

  return &h->days[back];
}

static void
add_value (Day    *day,
           Metric  metric,
           double  value)
{
  day->sum[metric] += value;
  day->n[metric]++;
}

static void
read_checkins (History    *h,
               GListModel *checkins,
               gint64      day_julian)
{
  guint n = g_list_model_get_n_items (checkins);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdRecord) checkin = g_list_model_get_item (checkins, i);
      GDate date;
      Day *day;
      int v;

      if (!rbd_date_parse (rbd_record_get_string (checkin, "date"), &date))
        continue;

      day = history_day (h, back_of (g_date_get_julian (&date), day_julian));
      if (day == NULL)
        continue;

      if (rbd_record_is_set (checkin, "sleep_h"))
        add_value (day, M_SLEEP_H, rbd_record_get_double (checkin, "sleep_h"));
      if (rbd_record_is_set (checkin, "hrv_ms"))
        add_value (day, M_HRV, rbd_record_get_double (checkin, "hrv_ms"));
      if ((v = rbd_record_get_int (checkin, "sleep_quality")) != RBD_UNSET)
        add_value (day, M_SLEEP_QUALITY, v);
      if ((v = rbd_record_get_int (checkin, "rest_hr_bpm")) != RBD_UNSET)
        add_value (day, M_REST_HR, v);
      if ((v = rbd_record_get_int (checkin, "mood")) != RBD_UNSET)
        add_value (day, M_MOOD, v);
      if ((v = rbd_record_get_int (checkin, "motivation")) != RBD_UNSET)
        add_value (day, M_MOTIVATION, v);
      if ((v = rbd_record_get_int (checkin, "soreness")) != RBD_UNSET)
        day->soreness = MAX (day->soreness, v);
      if (rbd_record_get_boolean (checkin, "illness"))
        day->ill = TRUE;
    }
}

static void
read_sessions (History    *h,
               GListModel *sessions,
               gint64      day_julian)
{
  guint n = g_list_model_get_n_items (sessions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RbdSession) session = g_list_model_get_item (sessions, i);
      RbdRecord *record = RBD_RECORD (session);
      RbdKind kind;
      GDate date;
      Day *day;
      int soreness, duration_s, hr;
      double distance_m;

      if (!rbd_session_get_date (session, &date))
        continue;

      day = history_day (h, back_of (g_date_get_julian (&date), day_julian));
      if (day == NULL)
        continue;

      soreness = rbd_record_get_int (record, "soreness");
      if (soreness != RBD_UNSET)
        day->soreness = MAX (day->soreness, soreness);

      /* Long runs drift upwards in heart rate and hard sessions aren't
       * at a steady effort: only easy and recovery runs are compared. */
      kind = rbd_record_get_enum (record, "kind");
      if (kind != RBD_KIND_EASY && kind != RBD_KIND_RECOVERY)
        continue;

      duration_s = rbd_record_get_int (record, "duration_s");
      hr = rbd_record_get_int (record, "avg_hr_bpm");
      distance_m = rbd_record_get_double (record, "distance_m");
      if (duration_s <= 0 || hr == RBD_UNSET || distance_m <= 0)
        continue;

      day->pace_sum += distance_m / (duration_s / 60.0 * hr);
      day->pace_n++;
    }
}

/* The average of @metric over the days @first_back to @last_back. */
static double
window_average (const History *h,
                Metric         metric,
                guint          first_back,
                guint          last_back,
                guint         *n)
{
  double sum = 0.0;
  guint count = 0;

  for (guint b = first_back; b <= last_back && b < N_DAYS; b++)
    {
      sum += h->days[b].sum[metric];
      count += h->days[b].n[metric];
    }

  *n = count;

  return count > 0 ? sum / count : 0.0;
}

/* The recent days ending @at days back, and the baseline before them. */
static gboolean
trend (const History *h,
       Metric         metric,
       guint          at,
       Measure       *m)
{
  m->recent = window_average (h, metric, at, at + RBD_READINESS_RECENT_DAYS - 1, &m->n_recent);
  m->baseline = window_average (h, metric, at + RBD_READINESS_RECENT_DAYS,
                                at + RBD_READINESS_RECENT_DAYS + RBD_READINESS_BASELINE_DAYS - 1,
                                &m->n_baseline);

  return m->n_recent >= RBD_READINESS_MIN_RECENT && m->n_baseline >= RBD_READINESS_MIN_BASELINE;
}

static gboolean
is_tired (const Day *day)
{
  return day->soreness >= RBD_READINESS_SORE ||
         (day->n[M_MOTIVATION] > 0 &&
          day->sum[M_MOTIVATION] / day->n[M_MOTIVATION] <= RBD_READINESS_LOW_SCALE + EPSILON);
}

static gboolean
rest_hr_holds (const History *h,
               guint          at,
               Measure       *m)
{
  if (!trend (h, M_REST_HR, at, m))
    return FALSE;

  m->strength = (m->recent - m->baseline) / RBD_READINESS_REST_HR_RISE;

  return m->recent - m->baseline >= RBD_READINESS_REST_HR_RISE - EPSILON;
}

static gboolean
hrv_holds (const History *h,
           guint          at,
           Measure       *m)
{
  double drop;

  if (!trend (h, M_HRV, at, m) || m->baseline <= 0)
    return FALSE;

  drop = (m->baseline - m->recent) / m->baseline;
  m->strength = drop / RBD_READINESS_HRV_DROP;

  return drop >= RBD_READINESS_HRV_DROP - EPSILON;
}

static gboolean
sleep_holds (const History *h,
             guint          at,
             Measure       *m)
{
  Measure hours, quality;
  gboolean hours_down, quality_down;
  guint tired = 0;

  for (guint b = at; b < at + RBD_READINESS_RECENT_DAYS; b++)
    tired += is_tired (&h->days[b]);

  hours_down = trend (h, M_SLEEP_H, at, &hours) &&
               hours.baseline - hours.recent >= RBD_READINESS_SLEEP_DROP_H - EPSILON;
  quality_down = trend (h, M_SLEEP_QUALITY, at, &quality) &&
                 quality.baseline - quality.recent >= RBD_READINESS_SCALE_DROP - EPSILON;

  if (tired < RBD_READINESS_TIRED_DAYS || (!hours_down && !quality_down))
    return FALSE;

  /* Hours are the plainer number to show when both went down. */
  *m = hours_down ? hours : quality;
  m->which = hours_down ? M_SLEEP_H : M_SLEEP_QUALITY;
  m->n_recent = tired;
  m->strength = hours_down ? (hours.baseline - hours.recent) / RBD_READINESS_SLEEP_DROP_H
                           : (quality.baseline - quality.recent) / RBD_READINESS_SCALE_DROP;

  return TRUE;
}

static gboolean
mood_holds (const History *h,
            guint          at,
            Measure       *m)
{
  Measure mood, motivation;
  double mood_drop = -G_MAXDOUBLE;
  double motivation_drop = -G_MAXDOUBLE;

  if (trend (h, M_MOOD, at, &mood))
    mood_drop = mood.baseline - mood.recent;
  if (trend (h, M_MOTIVATION, at, &motivation))
    motivation_drop = motivation.baseline - motivation.recent;

  if (MAX (mood_drop, motivation_drop) < RBD_READINESS_SCALE_DROP - EPSILON)
    return FALSE;

  if (motivation_drop >= mood_drop)
    {
      *m = motivation;
      m->which = M_MOTIVATION;
    }
  else
    {
      *m = mood;
      m->which = M_MOOD;
    }
  m->strength = (m->baseline - m->recent) / RBD_READINESS_SCALE_DROP;

  return TRUE;
}

static gboolean
pace_holds (const History *h,
            guint          at,
            Measure       *m)
{
  double recent = 0.0, baseline = 0.0, drop;
  guint n_recent = 0, n_baseline = 0;

  for (guint b = at; b < at + RBD_READINESS_PACE_RECENT_DAYS; b++)
    {
      recent += h->days[b].pace_sum;
      n_recent += h->days[b].pace_n;
    }
  for (guint b = at + RBD_READINESS_PACE_RECENT_DAYS;
       b < at + RBD_READINESS_PACE_RECENT_DAYS + RBD_READINESS_PACE_BASELINE_DAYS && b < N_DAYS;
       b++)
    {
      baseline += h->days[b].pace_sum;
      n_baseline += h->days[b].pace_n;
    }

  if (n_recent < RBD_READINESS_PACE_MIN_RECENT || n_baseline < RBD_READINESS_PACE_MIN_BASELINE)
    return FALSE;

  m->recent = recent / n_recent;
  m->baseline = baseline / n_baseline;
  m->n_recent = n_recent;
  m->n_baseline = n_baseline;
  drop = (m->baseline - m->recent) / m->baseline;
  m->strength = drop / RBD_READINESS_PACE_DROP;

  return drop >= RBD_READINESS_PACE_DROP - EPSILON;
}

/* Occasions of illness in the window ending @at days back; @first_back is
 * where the oldest one began. */
static guint
illness_episodes (const History *h,
                  guint          at,
                  guint         *first_back)
{
  guint episodes = 0;

  for (guint b = at + RBD_READINESS_ILLNESS_WINDOW; b > at; b--)
    {
      gboolean ill = h->days[b - 1].ill;
      gboolean ill_before = b < at + RBD_READINESS_ILLNESS_WINDOW && h->days[b].ill;

      if (ill && !ill_before)
        {
          if (episodes == 0)
            *first_back = b - 1;
          episodes++;
        }
    }

  return episodes;
}

static gboolean
illness_holds (const History *h,
               guint          at,
               Measure       *m)
{
  guint first_back = 0;
  guint episodes = illness_episodes (h, at, &first_back);

  m->n_recent = episodes;
  m->strength = (double) episodes / RBD_READINESS_ILLNESS_EPISODES;
  m->which = (int) first_back;

  return episodes >= RBD_READINESS_ILLNESS_EPISODES;
}

/* The run of sore days that reaches the day judged, or the day before
 * when the day has no soreness yet (today's check-in may be still to
 * come): its length and where it starts. */
static guint
sore_streak (const History *h,
             guint         *start_back,
             int           *highest)
{
  guint b = h->days[0].soreness == RBD_UNSET ? 1 : 0;
  guint n = 0;

  *highest = 0;
  for (; b < N_DAYS && h->days[b].soreness >= RBD_READINESS_SORE; b++, n++)
    *highest = MAX (*highest, h->days[b].soreness);

  *start_back = b > 0 ? b - 1 : 0;

  return n;
}

typedef gboolean (*RuleFunc) (const History *h,
                              guint          at,
                              Measure       *m);

static RuleFunc
rule_for (RbdSignKind kind)
{
  switch (kind)
    {
    case RBD_SIGN_EASY_PACE:
      return pace_holds;
    case RBD_SIGN_SLEEP:
      return sleep_holds;
    case RBD_SIGN_ILLNESS:
      return illness_holds;
    case RBD_SIGN_MOOD:
      return mood_holds;
    case RBD_SIGN_REST_HR:
      return rest_hr_holds;
    case RBD_SIGN_HRV:
      return hrv_holds;
    case RBD_SIGN_HEAVY_LEGS:
    default:
      return NULL;
    }
}

static char *
describe (RbdSignKind    kind,
          const Measure *m,
          guint          days)
{
  switch (kind)
    {
    case RBD_SIGN_HEAVY_LEGS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Legs heavy or sore (%d/10 or more) on each of the "
                                           "last %u day",
                                           "Legs heavy or sore (%d/10 or more) on each of the "
                                           "last %u days", m->n_recent),
                              RBD_READINESS_SORE, m->n_recent);

    case RBD_SIGN_EASY_PACE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Easy runs %.0f %% slower at the same heart rate than "
                                           "in the 6 weeks before (%u recent run)",
                                           "Easy runs %.0f %% slower at the same heart rate than "
                                           "in the 6 weeks before (%u recent runs)", m->n_recent),
                              100.0 * (m->baseline - m->recent) / m->baseline, m->n_recent);

    case RBD_SIGN_SLEEP:
      if (m->which == M_SLEEP_H)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%.1f h of sleep a night over the last 7 days, "
                                             "%.1f h less than your 28-day average, while tired "
                                             "on %u of those days",
                                             "%.1f h of sleep a night over the last 7 days, "
                                             "%.1f h less than your 28-day average, while tired "
                                             "on %u of those days", m->n_recent),
                                m->recent, m->baseline - m->recent, m->n_recent);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Sleep quality %.1f of 5 over the last 7 days, %.1f "
                                           "lower than your 28-day average, while tired on %u "
                                           "of those days",
                                           "Sleep quality %.1f of 5 over the last 7 days, %.1f "
                                           "lower than your 28-day average, while tired on %u "
                                           "of those days", m->n_recent),
                              m->recent, m->baseline - m->recent, m->n_recent);

    case RBD_SIGN_ILLNESS:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Ill or a niggle on %u separate occasion in the last "
                                           "14 days",
                                           "Ill or a niggle on %u separate occasions in the last "
                                           "14 days", m->n_recent),
                              m->n_recent);

    case RBD_SIGN_MOOD:
      if (m->which == M_MOTIVATION)
        return g_strdup_printf (_("Motivation %.1f of 5 over the last 7 days, %.1f lower than "
                                  "your 28-day average"),
                                m->recent, m->baseline - m->recent);
      return g_strdup_printf (_("Mood %.1f of 5 over the last 7 days, %.1f lower than your "
                                "28-day average"),
                              m->recent, m->baseline - m->recent);

    case RBD_SIGN_REST_HR:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Resting heart rate %.0f bpm above your 28-day average "
                                           "for %u day",
                                           "Resting heart rate %.0f bpm above your 28-day average "
                                           "for %u days", days),
                              m->recent - m->baseline, days);

    case RBD_SIGN_HRV:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "HRV %.0f %% below your 28-day average for %u day",
                                           "HRV %.0f %% below your 28-day average for %u days",
                                           days),
                              100.0 * (m->baseline - m->recent) / m->baseline, days);

    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_sign (RbdReadiness  *self,
          RbdSignKind    kind,
          guint          since_back,
          const Measure *m)
{
  RbdSign sign = { 0 };

  sign.kind = kind;
  sign.since = self->day;
  g_date_subtract_days (&sign.since, since_back);
  sign.days = since_back + 1;
  sign.severity = sign.days > RBD_READINESS_LONG_DAYS || m->strength >= 2.0 - EPSILON
                  ? RBD_SIGN_SEVERITY_WARNING : RBD_SIGN_SEVERITY_WATCH;
  sign.evidence = describe (kind, m, sign.days);

  g_array_append_val (self->signs, sign);
}

static void
sign_clear (gpointer data)
{
  RbdSign *sign = data;

  g_clear_pointer (&sign->evidence, g_free);
}

static void
judge_heavy_legs (RbdReadiness  *self,
                  const History *h)
{
  Measure m = { 0 };
  guint start_back;
  int highest;
  guint n = sore_streak (h, &start_back, &highest);

  if (n >= RBD_READINESS_INJURY_DAYS)
    {
      self->possible_injury = TRUE;
      self->injury_since = self->day;
      g_date_subtract_days (&self->injury_since, start_back);
      self->injury_evidence =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Soreness of %d/10 or more for %u day in a row, up to %d/10",
                                      "Soreness of %d/10 or more for %u days in a row, up to %d/10",
                                      n),
                         RBD_READINESS_SORE, n, highest);
      self->injury_advice =
        g_strdup (_("Soreness that lasts more than 3 to 4 days may be an injury, more so when it "
                    "is sharp, in one spot, or changes your stride. Reduce your training load, "
                    "cross-train instead of running, and see a physiotherapist or doctor if it "
                    "doesn’t ease."));
    }

  if (n >= RBD_READINESS_HEAVY_LEGS_DAYS)
    {
      m.n_recent = n;
      m.strength = (double) n / RBD_READINESS_HEAVY_LEGS_DAYS;
      add_sign (self, RBD_SIGN_HEAVY_LEGS, start_back, &m);
    }
}

typedef enum
{
  DAY_NO_DATA,
  DAY_NORMAL,
  DAY_OFF,
} DayState;

static double
day_average (const Day *day,
             Metric     metric)
{
  return day->sum[metric] / day->n[metric];
}

/* Whether one day's own value is past the sign's threshold, against the
 * baseline measured on the day judged. */
static DayState
day_state (const Day     *day,
           RbdSignKind    kind,
           const Measure *m)
{
  Metric metric;
  double v;

  switch (kind)
    {
    case RBD_SIGN_EASY_PACE:
      if (day->pace_n == 0)
        return DAY_NO_DATA;
      v = day->pace_sum / day->pace_n;
      return v <= m->baseline * (1.0 - RBD_READINESS_PACE_DROP) + EPSILON ? DAY_OFF : DAY_NORMAL;

    case RBD_SIGN_REST_HR:
      if (day->n[M_REST_HR] == 0)
        return DAY_NO_DATA;
      v = day_average (day, M_REST_HR);
      return v >= m->baseline + RBD_READINESS_REST_HR_RISE - EPSILON ? DAY_OFF : DAY_NORMAL;

    case RBD_SIGN_HRV:
      if (day->n[M_HRV] == 0)
        return DAY_NO_DATA;
      v = day_average (day, M_HRV);
      return v <= m->baseline * (1.0 - RBD_READINESS_HRV_DROP) + EPSILON ? DAY_OFF : DAY_NORMAL;

    case RBD_SIGN_SLEEP:
    case RBD_SIGN_MOOD:
      metric = (Metric) m->which;
      if (day->n[metric] == 0)
        return DAY_NO_DATA;
      v = day_average (day, metric);
      return m->baseline - v >= (metric == M_SLEEP_H ? RBD_READINESS_SLEEP_DROP_H
                                                     : RBD_READINESS_SCALE_DROP) - EPSILON
             ? DAY_OFF : DAY_NORMAL;

    case RBD_SIGN_HEAVY_LEGS:
    case RBD_SIGN_ILLNESS:
    default:
      return DAY_NO_DATA;
    }
}

/* How far back a trend sign goes. The sign itself is judged on averages;
 * its start is where the days themselves turned: the run of days past the
 * threshold that reaches the latest day with data (days without data are
 * stepped over). When the latest day is back to normal while the average
 * still isn't, the start is the first day the average crossed. */
static guint
trend_start (const History *h,
             RbdSignKind    kind,
             const Measure *now)
{
  RuleFunc rule = rule_for (kind);
  Measure earlier;
  guint since_back = 0;
  gboolean found = FALSE;
  guint at = 0;

  if (kind == RBD_SIGN_ILLNESS)
    return (guint) now->which;

  for (guint b = 0; b < RBD_READINESS_LOOKBACK_DAYS; b++)
    {
      DayState state = day_state (&h->days[b], kind, now);

      if (state == DAY_NORMAL)
        break;
      if (state == DAY_OFF)
        {
          since_back = b;
          found = TRUE;
        }
    }

  if (found)
    return since_back;

  while (at + 1 < RBD_READINESS_LOOKBACK_DAYS && rule (h, at + 1, &earlier))
    at++;

  return at;
}

static void
judge_trend (RbdReadiness  *self,
             const History *h,
             RbdSignKind    kind)
{
  Measure now = { 0 };

  if (!rule_for (kind) (h, 0, &now))
    return;

  add_sign (self, kind, trend_start (h, kind, &now), &now);
}

const char *
rbd_sign_kind_to_string (RbdSignKind kind)
{
  g_return_val_if_fail ((guint) kind < RBD_N_SIGNS, NULL);

  return sign_ids[kind];
}

const char *
rbd_sign_kind_get_title (RbdSignKind kind)
{
  g_return_val_if_fail ((guint) kind < RBD_N_SIGNS, NULL);

  return _(sign_titles[kind]);
}

/**
 * rbd_readiness_assess:
 * @checkins: (element-type RbdCheckin)
 * @sessions: (element-type RbdSession)
 * @day: the day to judge; data after it is not looked at
 *
 * Returns: (transfer full): which warning signs hold on @day, since when,
 *   on what data, and what to do
 */
RbdReadiness *
rbd_readiness_assess (GListModel  *checkins,
                      GListModel  *sessions,
                      const GDate *day)
{
  g_autofree History *h = NULL;
  RbdReadiness *self;
  gint64 day_julian;
  guint n_long = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (checkins), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  h = g_new0 (History, 1);
  for (guint b = 0; b < N_DAYS; b++)
    h->days[b].soreness = RBD_UNSET;

  day_julian = g_date_get_julian (day);
  read_checkins (h, checkins, day_julian);
  read_sessions (h, sessions, day_julian);

  self = g_new0 (RbdReadiness, 1);
  self->day = *day;
  self->signs = g_array_new (FALSE, TRUE, sizeof (RbdSign));
  g_array_set_clear_func (self->signs, sign_clear);

  for (RbdSignKind kind = 0; kind < RBD_N_SIGNS; kind++)
    {
      if (kind == RBD_SIGN_HEAVY_LEGS)
        judge_heavy_legs (self, h);
      else
        judge_trend (self, h, kind);
    }

  for (guint i = 0; i < self->signs->len; i++)
    n_long += g_array_index (self->signs, RbdSign, i).days > RBD_READINESS_LONG_DAYS;

  if (n_long >= 2)
    {
      self->level = RBD_READINESS_BACK_OFF;
      self->action = g_strdup (_("Several signs of under-recovery have lasted more than a week. "
                                 "Cut your running volume by 30–50 percent for the next few "
                                 "days, swap hard sessions for easy running or rest, and put "
                                 "sleep, food and fluids first."));
    }
  else if (self->signs->len > 0 || self->possible_injury)
    {
      self->level = RBD_READINESS_WATCH;
      self->action = g_strdup (_("Keep an eye on how you feel. If two or more signs last longer "
                                 "than a week, ease off for a few days."));
    }
  else
    {
      self->level = RBD_READINESS_GOOD;
    }

  return self;
}

/**
 * rbd_readiness_find:
 *
 * Returns: (nullable): the sign of @kind, or %NULL when it doesn't hold
 */
const RbdSign *
rbd_readiness_find (const RbdReadiness *self,
                    RbdSignKind         kind)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->signs->len; i++)
    {
      const RbdSign *sign = &g_array_index (self->signs, RbdSign, i);

      if (sign->kind == kind)
        return sign;
    }

  return NULL;
}

void
rbd_readiness_free (RbdReadiness *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->signs, g_array_unref);
  g_free (self->action);
  g_free (self->injury_evidence);
  g_free (self->injury_advice);
  g_free (self);
}
