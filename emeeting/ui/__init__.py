"""Everything Qt: the main window, views, dialogs, the task runner."""

from emeeting.ui.widgets.qt_compat import protect_singletons

protect_singletons()
