/* rbd-help-window.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-help-window"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rbd-help-window.h"
#include "rbd-kind.h"
#include "rbd-plan-checker.h"
#include "rbd-readiness.h"

/* "How Rebound Works": the idea, the plan checker's rules R1-R7 and the
 * readiness signs, in plain words. Every threshold in the text comes from
 * the constants the checker and the readiness rules use, so changing a
 * number there changes it here too; the ranges of the sources (DOMAIN.md)
 * are the advice the numbers were chosen from. */

struct _RbdHelpWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwPreferencesPage   *idea_page;
  AdwPreferencesPage   *rules_page;
  AdwPreferencesPage   *signs_page;
};

G_DEFINE_FINAL_TYPE (RbdHelpWindow, rbd_help_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A titled section of short paragraphs, joined by blank lines. Takes
 * the paragraphs. */
static void
add_section (AdwPreferencesPage *page,
             const char         *title,
             char               *first,
             ...)
{
  g_autoptr(GString) text = g_string_new (NULL);
  AdwPreferencesGroup *group;
  GtkWidget *label;
  va_list args;

  va_start (args, first);
  for (char *paragraph = first; paragraph != NULL; paragraph = va_arg (args, char *))
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, paragraph);
      g_free (paragraph);
    }
  va_end (args);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, title);

  label = gtk_label_new (text->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  /* Focusable, so that Tab walks through the sections and the page
   * scrolls along: there is nothing else to focus on a page. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "help-text");
  adw_preferences_group_add (group, label);

  adw_preferences_page_add (page, group);
}

/* The labels of the session kinds that pass @test, as a list in a
 * sentence: "Long Run, Tempo, Interval". */
static char *
kinds_list (gboolean (*test) (RbdKind kind))
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (RbdKind kind = 0; kind < RBD_N_KINDS; kind++)
    {
      if (!test (kind))
        continue;

      if (list->len > 0)
        /* Translators: between the items of a list in a sentence */
        g_string_append (list, _(", "));
      g_string_append (list, rbd_kind_get_label (kind));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
days (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", n), n);
}

static char *
runs (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u run", "%u runs", n), n);
}

/* Points on a check-in's scale of 1 to 5, whole or not. */
static char *
points (double n)
{
  if (fabs (n - round (n)) < 1e-9)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", (guint) n),
                            (guint) n);

  return g_strdup_printf (_("%.1f points"), n);
}

static void
fill_idea (RbdHelpWindow *self)
{
  add_section (self->idea_page, _("Recovery First"),
               g_strdup (_("Training is a stress. You get fitter while you recover from it: a hard "
                           "session leaves you a little weaker for a day or two, and with enough "
                           "rest you come back stronger than before.")),
               g_strdup (_("Rebound helps you plan weeks that leave room for that recovery, log "
                           "what you did and how you feel, cool down and stretch right after a "
                           "run, eat and drink enough afterwards, and notice early when you need "
                           "to back off.")),
               NULL);

  add_section (self->idea_page, _("Planning and Logging"),
               g_strdup (_("Start a week from a template or add sessions day by day. The plan "
                           "checker reads each week against seven rules, R1 to R7, and says which "
                           "rule a week breaks, why, and what you could change. It never changes "
                           "your plan by itself.")),
               g_strdup (_("The Log page holds what you actually did and a short daily "
                           "check-in on sleep, soreness and mood. From them Rebound reads the "
                           "signs of under-recovery, compared with your own usual values.")),
               NULL);
}

static void
fill_rules (RbdHelpWindow *self)
{
  g_autofree char *hard = kinds_list (rbd_kind_is_hard);
  g_autofree char *light = kinds_list (rbd_kind_is_light);

  add_section (self->rules_page, _("R1: Space the Hard Days"),
               /* Translators: %s is a list of session kinds */
               g_strdup_printf (_("Hard sessions (%s) need time to recover from."), hard),
               /* Translators: %d is a number of hours, 48 */
               g_strdup_printf (_("Keep at least %d hours between two of them, which means at "
                                  "least one easy or rest day in between. Rebound points out two "
                                  "hard sessions on the same day or on days next to each other, "
                                  "also across the start of a week, and suggests a day to move "
                                  "one to."),
                                RBD_PLAN_HARD_SPACING_H),
               NULL);

  add_section (self->rules_page, _("R2: A Light Day Every Week"),
               /* Translators: %s is a list of session kinds */
               g_strdup_printf (_("Every week needs at least one rest day or very light day: a day "
                                  "with nothing planned, or only %s. Muscles, tendons and the "
                                  "nervous system catch up on those days."),
                                light),
               NULL);

  add_section (self->rules_page, _("R3: Mostly Easy"),
               g_strdup (_("Keep most of the week easy: 80 to 90 percent of the running at a pace "
                           "where you could talk in full sentences, and 10 to 20 percent of "
                           "quality (tempo, intervals, hills, races). A typical week has two "
                           "quality days and one long run, and everything else easy.")),
               /* Translators: %d is a percentage */
               g_strdup_printf (_("Rebound warns when quality is more than %d percent of the "
                                  "planned running time."),
                                RBD_PLAN_QUALITY_MAX_PCT),
               NULL);

  add_section (self->rules_page, _("R4: Build Up Slowly"),
               g_strdup (_("Let the week’s running grow by about 10 percent at most over the week "
                           "before.")),
               /* Translators: %d is a percentage */
               g_strdup_printf (_("Rebound warns when a week has more than %d percent more running "
                                  "time than the last one. A week with a race is left alone: it is "
                                  "meant to be lighter, so that you start the race fresh."),
                                RBD_PLAN_RAMP_MAX_PCT - 100),
               NULL);

  add_section (self->rules_page, _("R5: A Lighter Week Now and Then"),
               g_strdup (_("Every 3 to 5 weeks, plan a lighter week with 15 to 30 percent less "
                           "running. Keep the quality sessions, but with fewer repeats or a "
                           "shorter tempo.")),
               /* Translators: %u is a number of weeks; the percentages are of the busiest week */
               g_strdup_printf (_("Rebound looks at this week and the %u before it. When none of "
                                  "them came down to %d percent or less of the busiest week before "
                                  "it, it suggests making this week or the next a lighter one, "
                                  "with %d to %d percent of that busiest week’s running."),
                                (guint) RBD_PLAN_CUTBACK_WINDOW, RBD_PLAN_CUTBACK_PCT,
                                RBD_PLAN_CUTBACK_LOW_PCT, RBD_PLAN_CUTBACK_PCT),
               NULL);

  add_section (self->rules_page, _("R6: Fresh Legs for Key Runs"),
               g_strdup (_("No heavy leg strength work on the day before an interval session, a "
                           "tempo run or a long run. Move the strength session to after the key "
                           "run, or keep it to the upper body and core that day.")),
               NULL);

  add_section (self->rules_page, _("R7: Long Run About a Quarter"),
               g_strdup (_("The long run is usually at an easy pace and about a quarter of the "
                           "week’s running.")),
               /* Translators: both are percentages */
               g_strdup_printf (_("Rebound points it out above %d percent and warns above %d "
                                  "percent: a long run that big takes too much from the rest of "
                                  "the week."),
                                RBD_PLAN_LONG_INFO_PCT, RBD_PLAN_LONG_WARN_PCT),
               NULL);

  add_section (self->rules_page, _("Before a Race"),
               g_strdup (_("Taper: run less in the last days before a race so that your fitness "
                           "can show.")),
               NULL);
}

static void
fill_signs (RbdHelpWindow *self)
{
  g_autofree char *recent = days (RBD_READINESS_RECENT_DAYS);
  g_autofree char *baseline = days (RBD_READINESS_BASELINE_DAYS);
  g_autofree char *heavy = days (RBD_READINESS_HEAVY_LEGS_DAYS);
  g_autofree char *injury = days (RBD_READINESS_INJURY_DAYS);
  g_autofree char *pace_recent = days (RBD_READINESS_PACE_RECENT_DAYS);
  g_autofree char *pace_baseline = days (RBD_READINESS_PACE_BASELINE_DAYS);
  g_autofree char *pace_min_recent = runs (RBD_READINESS_PACE_MIN_RECENT);
  g_autofree char *pace_min_baseline = runs (RBD_READINESS_PACE_MIN_BASELINE);
  g_autofree char *tired = days (RBD_READINESS_TIRED_DAYS);
  g_autofree char *illness_window = days (RBD_READINESS_ILLNESS_WINDOW);
  g_autofree char *long_days = days (RBD_READINESS_LONG_DAYS);
  g_autofree char *scale_drop = points (RBD_READINESS_SCALE_DROP);

  add_section (self->signs_page, _("Trends, Not Single Days"),
               g_strdup (_("One bad night or one heavy-legged day means little. Rebound looks for "
                           "trends in your check-ins and sessions, compared with your own usual "
                           "values rather than anyone else’s.")),
               /* Translators: both are numbers of days, "7 days" and "28 days" */
               g_strdup_printf (_("Most signs compare the average of the last %s with the "
                                  "average of the %s before them. A sign needs at least %u "
                                  "values in the recent days and %u in the days before; missing "
                                  "data never counts against you."),
                                recent, baseline, (guint) RBD_READINESS_MIN_RECENT,
                                (guint) RBD_READINESS_MIN_BASELINE),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_HEAVY_LEGS),
               /* Translators: a soreness out of 10, then a number of days, "5 days" */
               g_strdup_printf (_("Soreness of %d out of 10 or more on %s in a row. Coaching "
                                  "sources treat legs that stay heavy for more than 4 to 5 days "
                                  "as a sign of too little recovery."),
                                RBD_READINESS_SORE, heavy),
               g_strdup (_("Some soreness for 24 to 48 hours after a hard session is normal.")),
               /* Translators: a soreness out of 10, then a number of days, "4 days" */
               g_strdup_printf (_("Soreness of %d out of 10 or more for %s in a row, or soreness "
                                  "that is sharp, in one spot, or changes your stride, may be an "
                                  "injury: run less, cross-train instead, and see a "
                                  "physiotherapist or doctor if it does not ease."),
                                RBD_READINESS_SORE, injury),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_EASY_PACE),
               /* Translators: a percentage, two numbers of days, then two numbers of runs */
               g_strdup_printf (_("Your easy and recovery runs cover %d percent less distance per "
                                  "heartbeat over the last %s than over the %s before: slower at "
                                  "the same effort. It needs runs with a distance, a duration and "
                                  "an average heart rate: at least %s recently and %s before."),
                                (int) (RBD_READINESS_PACE_DROP * 100 + 0.5), pace_recent,
                                pace_baseline, pace_min_recent, pace_min_baseline),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_SLEEP),
               /* Translators: hours of sleep, then "1 point" of sleep quality, a
                * motivation out of 5, then a number of days, "4 days" */
               g_strdup_printf (_("%.2g hours less sleep a night, or a sleep quality %s lower "
                                  "(out of 5), than usual, while you feel tired: legs sore or "
                                  "motivation at %d out of 5 or lower on at least %s of the "
                                  "last 7."),
                                RBD_READINESS_SLEEP_DROP_H, scale_drop,
                                RBD_READINESS_LOW_SCALE, tired),
               g_strdup (_("Most runners need 7 to 9 hours of sleep, and 8 to 10 in heavy "
                           "training blocks. Regular bed and wake times help.")),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_ILLNESS),
               /* Translators: a count, then a number of days, "14 days" */
               g_strdup_printf (_("Ill or a niggle on %u or more separate occasions in the last "
                                  "%s. Days in a row count as one occasion."),
                                (guint) RBD_READINESS_ILLNESS_EPISODES, illness_window),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_MOOD),
               /* Translators: %s is "1 point" on a scale of 1 to 5 */
               g_strdup_printf (_("Mood or motivation %s or more lower (out of 5) than usual: "
                                  "feeling flat, irritable, or not wanting to run."),
                                scale_drop),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_REST_HR),
               /* Translators: beats per minute */
               g_strdup_printf (_("Your resting heart rate, taken in the morning, %.0f beats per "
                                  "minute or more above usual."),
                                RBD_READINESS_REST_HR_RISE),
               NULL);

  add_section (self->signs_page, rbd_sign_kind_get_title (RBD_SIGN_HRV),
               /* Translators: a percentage */
               g_strdup_printf (_("Heart rate variability %d percent or more below usual, if you "
                                  "measure it."),
                                (int) (RBD_READINESS_HRV_DROP * 100 + 0.5)),
               NULL);

  add_section (self->signs_page, _("When to Back Off"),
               /* Translators: a number of days, "7 days" */
               g_strdup_printf (_("A sign is one to watch at first. It becomes a warning when it "
                                  "has lasted more than %s or is twice as far past its "
                                  "threshold."),
                                long_days),
               g_strdup (_("When two or more signs have each lasted more than a week, back off: "
                           "run 30 to 50 percent less for a few days, swap hard sessions for easy "
                           "running or rest, and put sleep, food and fluids first.")),
               NULL);
}

static void
rbd_help_window_class_init (RbdHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rbd-help-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdHelpWindow, idea_page);
  gtk_widget_class_bind_template_child (widget_class, RbdHelpWindow, rules_page);
  gtk_widget_class_bind_template_child (widget_class, RbdHelpWindow, signs_page);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rbd_help_window_init (RbdHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_idea (self);
  fill_rules (self);
  fill_signs (self);
}

GtkWidget *
rbd_help_window_new (void)
{
  return g_object_new (RBD_TYPE_HELP_WINDOW, NULL);
}

/* "idea", "rules" or "signs". */
void
rbd_help_window_show_page (RbdHelpWindow *self,
                           const char    *name)
{
  g_return_if_fail (RBD_IS_HELP_WINDOW (self));
  g_return_if_fail (name != NULL);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (self), name);
}
