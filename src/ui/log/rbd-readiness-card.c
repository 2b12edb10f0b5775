/* rbd-readiness-card.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rbd-readiness-card"

#include "config.h"

#include <glib/gi18n.h>

#include "rbd-log-util.h"
#include "rbd-plan-util.h"
#include "rbd-readiness-card.h"

/* How recovered the runner is today, from the core's readiness rules:
 * the overall call and what to do, each warning sign with when it began
 * and the numbers behind it, a possible injury called out apart, and the
 * button that lightens the next days of the plan ("log.lighten"). */
struct _RbdReadinessCard
{
  GtkWidget     parent_instance;

  RbdReadiness *readiness;
  const char   *level_class;

  /* Template widgets */
  GtkWidget    *level_box;
  GtkImage     *level_icon;
  GtkLabel     *level_label;
  GtkLabel     *action_label;
  GtkWidget    *injury_box;
  GtkLabel     *injury_label;
  GtkListBox   *signs_list;
  GtkWidget    *lighten_button;
  GtkWidget    *hint_label;
};

G_DEFINE_FINAL_TYPE (RbdReadinessCard, rbd_readiness_card, GTK_TYPE_WIDGET)

static char *
format_since (const RbdSign *sign)
{
  /* Translators: the day a warning sign began, e.g. "Mon 23 Nov"; see the
   * GDateTime format reference */
  g_autofree char *day = rbd_plan_format_date (&sign->since, C_("sign since", "%a %-d %b"));

  /* Translators: when a warning sign began and for how long it has held,
   * e.g. "Since Mon 23 Nov, 8 days" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Since %s, %u day", "Since %s, %u days",
                                       sign->days),
                          day, sign->days);
}

static GtkWidget *
make_sign_row (const RbdSign *sign)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *since = format_since (sign);
  g_autofree char *subtitle = NULL;
  gboolean warning = sign->severity == RBD_SIGN_SEVERITY_WARNING;

  subtitle = g_strdup_printf ("%s\n%s", sign->evidence != NULL ? sign->evidence : "", since);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rbd_sign_kind_get_title (sign->kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  icon = gtk_image_new_from_icon_name (warning ? "dialog-warning-symbolic"
                                               : "dialog-information-symbolic");
  gtk_widget_add_css_class (icon, warning ? "warning" : "dim-label");
  gtk_widget_set_tooltip_text (icon, warning ? _("Warning: it has held for more than a week, "
                                                 "or is well past its threshold")
                                             : _("One to watch"));
  rbd_log_set_accessible_label (icon, warning ? _("Warning") : _("One to watch"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
rbd_readiness_card_dispose (GObject *object)
{
  RbdReadinessCard *self = RBD_READINESS_CARD (object);
  GtkWidget *child;

  g_clear_pointer (&self->readiness, rbd_readiness_free);
  gtk_widget_dispose_template (GTK_WIDGET (object), RBD_TYPE_READINESS_CARD);
  /* The template's unnamed top-level children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rbd_readiness_card_parent_class)->dispose (object);
}

static void
rbd_readiness_card_class_init (RbdReadinessCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rbd_readiness_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RBD_LOG_RESOURCE_PREFIX "/rbd-readiness-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, level_box);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, level_icon);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, level_label);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, action_label);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, injury_box);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, injury_label);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, signs_list);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, lighten_button);
  gtk_widget_class_bind_template_child (widget_class, RbdReadinessCard, hint_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rbd_readiness_card_init (RbdReadinessCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rbd_readiness_card_new (void)
{
  return g_object_new (RBD_TYPE_READINESS_CARD, NULL);
}

void
rbd_readiness_card_update (RbdReadinessCard *self,
                           GListModel       *checkins,
                           GListModel       *sessions,
                           const GDate      *today)
{
  const RbdReadiness *r;
  const char *title, *icon, *level_class;
  GtkWidget *child;
  gboolean any_signs;
  gboolean no_data;

  g_return_if_fail (RBD_IS_READINESS_CARD (self));
  g_return_if_fail (G_IS_LIST_MODEL (checkins) && G_IS_LIST_MODEL (sessions));
  g_return_if_fail (today != NULL && g_date_valid (today));

  g_clear_pointer (&self->readiness, rbd_readiness_free);
  self->readiness = rbd_readiness_assess (checkins, sessions, today);
  r = self->readiness;
  /* With nothing logged, "no warning signs" would claim more than is known. */
  no_data = g_list_model_get_n_items (checkins) == 0 && g_list_model_get_n_items (sessions) == 0;

  switch (r->level)
    {
    case RBD_READINESS_BACK_OFF:
      title = _("Time to Back Off");
      icon = "dialog-warning-symbolic";
      level_class = "error";
      break;

    case RBD_READINESS_WATCH:
      title = _("Worth Watching");
      icon = "dialog-information-symbolic";
      level_class = "warning";
      break;

    case RBD_READINESS_GOOD:
    default:
      title = no_data ? _("Nothing to Go On Yet") : _("No Warning Signs");
      icon = no_data ? "dialog-information-symbolic" : "emblem-ok-symbolic";
      level_class = no_data ? "dim-label" : "success";
      break;
    }

  gtk_label_set_text (self->level_label, title);
  gtk_image_set_from_icon_name (self->level_icon, icon);
  if (self->level_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->level_icon), self->level_class);
  self->level_class = level_class;
  gtk_widget_add_css_class (GTK_WIDGET (self->level_icon), level_class);

  gtk_label_set_text (self->action_label,
                      r->action != NULL ? r->action
                      : no_data ? _("There are no check-ins or sessions to read the signs "
                                    "from yet.")
                                : _("Nothing in your check-ins or sessions says you are "
                                    "short of recovery. Keep checking in."));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->signs_list))) != NULL)
    gtk_list_box_remove (self->signs_list, child);
  for (guint i = 0; i < r->signs->len; i++)
    gtk_list_box_append (self->signs_list, make_sign_row (&g_array_index (r->signs, RbdSign, i)));
  any_signs = r->signs->len > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->signs_list), any_signs);

  gtk_widget_set_visible (self->injury_box, r->possible_injury);
  if (r->possible_injury)
    {
      /* The numbers, then what to do, each on its own line. */
      g_autofree char *text = g_strdup_printf ("%s\n%s",
                                               r->injury_evidence != NULL ? r->injury_evidence : "",
                                               r->injury_advice != NULL ? r->injury_advice : "");

      gtk_label_set_text (self->injury_label, g_strstrip (text));
    }

  gtk_widget_set_visible (self->lighten_button, any_signs || r->possible_injury);
  gtk_widget_set_visible (self->hint_label,
                          !any_signs && !r->possible_injury &&
                          g_list_model_get_n_items (checkins) <
                          RBD_READINESS_MIN_BASELINE + RBD_READINESS_MIN_RECENT);
}

const RbdReadiness *
rbd_readiness_card_get_readiness (RbdReadinessCard *self)
{
  g_return_val_if_fail (RBD_IS_READINESS_CARD (self), NULL);

  return self->readiness;
}

/* What the card says, as text: the call, each sign with its evidence and
 * since when, and the injury note. */
char *
rbd_readiness_card_dup_text (RbdReadinessCard *self)
{
  GString *text = g_string_new (NULL);
  const RbdReadiness *r;

  g_return_val_if_fail (RBD_IS_READINESS_CARD (self), NULL);

  r = self->readiness;
  g_string_append_printf (text, "%s\n%s\n", gtk_label_get_text (self->level_label),
                          gtk_label_get_text (self->action_label));
  if (r == NULL)
    return g_string_free (text, FALSE);

  for (guint i = 0; i < r->signs->len; i++)
    {
      const RbdSign *sign = &g_array_index (r->signs, RbdSign, i);
      g_autofree char *since = format_since (sign);

      g_string_append_printf (text, "%s: %s (%s)\n", rbd_sign_kind_get_title (sign->kind),
                              sign->evidence != NULL ? sign->evidence : "", since);
    }
  if (r->possible_injury)
    g_string_append_printf (text, "%s: %s\n", _("Possible Injury"),
                            gtk_label_get_text (self->injury_label));

  return g_string_free (text, FALSE);
}
