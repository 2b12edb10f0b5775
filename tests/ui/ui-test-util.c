/* ui-test-util.c
 *
 * Copyright 2026 The Rebound authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-test-util.h"

char *
ui_test_strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (*p != '_')
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* The first widget of @type under @root (with @title, for rows and
 * buttons) that is on screen. */
GtkWidget *
ui_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_visible (child))
        {
          g_autofree char *text = NULL;

          if (title == NULL)
            return child;

          if (ADW_IS_PREFERENCES_ROW (child))
            text = ui_test_strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
          else if (GTK_IS_BUTTON (child))
            text = ui_test_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (child)));

          if (g_strcmp0 (text, title) == 0)
            return child;
        }

      found = ui_test_find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

void
ui_test_collect_widgets (GtkWidget *root,
                         GType      type,
                         GPtrArray *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (out, child);
      ui_test_collect_widgets (child, type, out);
    }
}

void
ui_test_collect_labels (GtkWidget *root,
                        GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;

      if (GTK_IS_LABEL (child))
        {
          g_string_append (out, gtk_label_get_text (GTK_LABEL (child)));
          g_string_append_c (out, '\n');
        }
      else if (GTK_IS_INSCRIPTION (child) && gtk_inscription_get_text (GTK_INSCRIPTION (child)))
        {
          g_string_append (out, gtk_inscription_get_text (GTK_INSCRIPTION (child)));
          g_string_append_c (out, '\n');
        }

      ui_test_collect_labels (child, out);
    }
}
