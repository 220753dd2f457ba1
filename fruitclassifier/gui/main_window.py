"""The main window: a sidebar of views (Classify, Train, Tune, Compare, Models), menus and a status bar.

Pages plug in by name through ``add_page`` (the pages built on first show, gui/page_factories.py,
replace their placeholders that way). The window owns the one TaskManager and the TensorFlow loader.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from fruitclassifier.gui import language_menu, page_factories, recent_menu
from fruitclassifier.gui.about import AboutDialog, ShortcutsDialog
from fruitclassifier.gui.base import appearance, settings
from fruitclassifier.gui.base.icons import app_icon, icon
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.base.tf_loader import TfLoader
from fruitclassifier.gui.classify.page import ClassifyPage
from fruitclassifier.gui.widgets.colors import error_color
from fruitclassifier.text import QT_TRANSLATE_NOOP

EXTRA_SHORTCUTS = ((QT_TRANSLATE_NOOP("MainWindow", "Delete / Backspace"),
                    QT_TRANSLATE_NOOP("MainWindow", "Remove the selected results (Classify)")),
                   ("F2", QT_TRANSLATE_NOOP("MainWindow", "Rename the selected model (Models)")),
                   (QT_TRANSLATE_NOOP("MainWindow", "Double-click a model"),
                    QT_TRANSLATE_NOOP("MainWindow", "Open it in Classify")))


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if appearance.current() != "system":  # light or dark chosen in View › Appearance last time
            appearance.apply(appearance.current(), remember=False)
        self.setWindowTitle("FruitClassifier")
        self.setWindowIcon(app_icon())
        self.tasks = TaskManager(self)
        self.tf = TfLoader(self.tasks, self)
        self._pages: dict[str, QWidget] = {}
        self._titles: dict[str, str] = {}
        self._build_central()
        self._build_default_pages()
        self._build_status_bar()
        self._build_menus()
        self._restore_window_state()

    # --- pages -----------------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setFixedWidth(150)
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QListWidget.NoFrame)
        self.sidebar.setFocusPolicy(Qt.TabFocus)
        self.stack = QStackedWidget()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row_changed)
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(holder)

    def _build_default_pages(self) -> None:
        """Classify is built now; Train, Compare and Models when first shown (or asked for by ``page``).

        Building them costs ~0.3 s of the ~1.4 s before the window appears (their plots, pyqtgraph),
        time a user who came to classify a photo should not wait for.
        """
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.classify_page = ClassifyPage(self.tasks, self.tf)
        self.add_page("classify", self.classify_page, icon("classify"), self.tr("Classify"))
        self.add_lazy_page("train", lambda: page_factories.train_page(self), icon("train"), self.tr("Train"))
        self.add_lazy_page("tune", lambda: page_factories.tune_page(self), icon("tune"), self.tr("Tune"))
        self.add_lazy_page("compare", lambda: page_factories.compare_page(self), icon("compare"), self.tr("Compare"))
        self.add_lazy_page("models", lambda: page_factories.models_page(self), icon("models"), self.tr("Models"))
        self.sidebar.setCurrentRow(0)

    @property
    def train_page(self) -> QWidget:
        return self.page("train")

    @property
    def compare_page(self) -> QWidget:
        return self.page("compare")

    @property
    def models_page(self) -> QWidget:
        return self.page("models")

    def add_lazy_page(self, name: str, factory: Callable[[], QWidget], icon: QIcon | None = None,
                      title: str | None = None) -> None:
        """A sidebar entry whose page ``factory`` builds the first time it is shown or asked for."""
        self.add_page(name, QWidget(), icon, title)
        self._factories[name.lower()] = factory

    def _built(self, key: str) -> bool:
        return key not in self._factories

    def page(self, name: str) -> QWidget:
        """The page registered under ``name`` (case-insensitive), e.g. window.page("train"); built if need be."""
        key = name.lower()
        factory = self._factories.pop(key, None)
        if factory is not None:
            self.add_page(key, factory())  # replaces the placeholder in place (same row, icon and title)
        return self._pages[key]

    def _on_sidebar_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.page(list(self._pages)[row])
        self.stack.setCurrentIndex(row)

    def page_names(self) -> list[str]:
        return list(self._pages)

    def add_page(self, name: str, widget: QWidget, icon: QIcon | None = None, title: str | None = None) -> QWidget:
        """Add a page, or replace the one with this name in place (same sidebar row); returns the widget."""
        key = name.lower()
        self._factories.pop(key, None)  # a page given here replaces a lazy one for good
        title = title or self._titles.get(key) or name.capitalize()
        if key in self._pages:
            row = list(self._pages).index(key)
            old = self._pages[key]
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            item = self.sidebar.item(row)
            item.setText(title)
            if icon is not None:
                item.setIcon(icon)
            if self.sidebar.currentRow() == row:
                self.stack.setCurrentIndex(row)
        else:
            self.stack.addWidget(widget)
            self.sidebar.addItem(QListWidgetItem(icon or QIcon(), title))
        self._pages[key], self._titles[key] = widget, title
        if hasattr(self, "view_menu"):
            self._fill_view_menu()
        return widget

    def show_page(self, name: str) -> None:
        self.sidebar.setCurrentRow(list(self._pages).index(name.lower()))

    def current_page_name(self) -> str:
        return list(self._pages)[self.stack.currentIndex()]

    def refresh_models(self) -> None:
        """The store changed (rename, delete, import, a finished training): every model list re-reads it."""
        self.classify_page.refresh_models()
        if self._built("models"):  # pages not built yet read the store when they are
            self.models_page.refresh()
        if self._built("compare"):
            self.compare_page.refresh_models()

    def compare_models(self, models: list, test_folder: str) -> None:
        """The Train and Tune pages' "Compare these": their models ticked, their test folder set."""
        self.compare_page.set_checked([m.name for m in models])
        if test_folder:
            self.compare_page.set_test_folder(test_folder)
        self.show_page("compare")

    def open_paths(self, paths: list[str]) -> None:
        """Classify photos and folders handed to the app (``fruitclassifier gui FILE…``, "Open With")."""
        self.show_page("classify")
        self.classify_page.add_paths(paths)

    def open_in_classify(self, info) -> None:
        """A model chosen on another page (Models, Train, Tune) answers in Classify from now on."""
        self.classify_page.refresh_models()
        self.classify_page.select_model(str(info.path))
        self.show_page("classify")

    def open_live_view(self) -> QWidget:
        """The live camera window (gui/live/attach.py); imported here so the camera stack never loads at launch."""
        from fruitclassifier.gui.live import attach

        return attach.open_for(self)

    # --- menus -----------------------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        classify = self.classify_page
        self._action(file_menu, self.tr("Open Images…"), lambda: self._on_classify(classify.open_images_dialog),
                     QKeySequence.Open, self.tr("Classify photos from files"))
        self._action(file_menu, self.tr("Open Folder…"), lambda: self._on_classify(classify.open_folder_dialog),
                     "Ctrl+Shift+O", self.tr("Classify every photo in a folder and its sub-folders"))
        self._action(file_menu, self.tr("Live Camera…"), self.open_live_view, "Ctrl+L",
                     self.tr("Hold a fruit up to a camera, or play a video as one: snapshot, record samples to teach"))
        self.recent_menu = file_menu.addMenu(self.tr("Open Recent"))
        self.recent_menu.aboutToShow.connect(lambda: recent_menu.fill(self, self.recent_menu))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Import Model…"), self._on_import_model, None,
                     self.tr("Add a .keras model to the library"))
        self._action(file_menu, self.tr("Export Results as CSV…"), classify.export_csv_dialog, None,
                     self.tr("Save the Classify results as a spreadsheet"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Close Window"), self.close, QKeySequence.Close)
        # QKeySequence.Quit is empty on some Linux desktops: Ctrl+Q spelled out
        quit_action = self._action(file_menu, self.tr("Quit"), self.close, "Ctrl+Q")
        quit_action.setMenuRole(QAction.QuitRole)
        self._build_edit_menu()
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._fill_view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard Shortcuts"), self.show_shortcuts, QKeySequence.HelpContents)
        about = self._action(help_menu, self.tr("About FruitClassifier"), self.show_about)
        about.setMenuRole(QAction.AboutRole)

    def _build_edit_menu(self) -> None:
        """Standard keys, answered by the page in front. A text field keeps its own Copy, Paste and Select All
        (it claims the key before the window's shortcut); Delete is the list's and the table's own key, so the
        menu item only shows it (two shortcuts on one key would cancel each other)."""
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("Undo"), self._on_undo, QKeySequence.Undo,
                                        self.tr("Undo the last delete"))
        self.undo_action.setEnabled(False)
        edit.addSeparator()
        self._action(edit, self.tr("Copy Results"), self._on_copy_results, QKeySequence.Copy,
                     self.tr("Copy the selected Classify results as text (all of them when none is selected)"))
        self._action(edit, self.tr("Paste Images"), lambda: self._on_classify(self.classify_page.paste_from_clipboard),
                     QKeySequence.Paste, self.tr("Classify a copied picture or copied image files"))
        self._action(edit, self.tr("Select All"), self._on_select_all, QKeySequence.SelectAll,
                     self.tr("Select every result"))
        edit.addSeparator()
        self.delete_action = self._action(
            edit, self.tr("Delete"), self._on_delete, QKeySequence.Delete,
            self.tr("Remove the selected results (Classify) or delete the model (Models)"))
        self.delete_action.setShortcutContext(Qt.WidgetShortcut)

    def _on_copy_results(self) -> None:
        """Edit › Copy Results, answered by the page in front if it has results to copy (copy_results)."""
        page = self.stack.currentWidget()
        if hasattr(page, "copy_results"):
            count = page.copy_results()
            message = (MainWindow.tr("Copied %n result(s)", "", count) if count
                       else self.tr("There are no results to copy"))
        else:
            message = self.tr("Copy Results copies the Classify view's results")
        self.statusBar().showMessage(message, 5000)

    def _on_select_all(self) -> None:
        """Edit › Select All: the page in front selects its own items (select_all), if it has any."""
        page = self.stack.currentWidget()
        if hasattr(page, "select_all"):
            page.select_all()

    def _on_delete(self) -> None:
        """Edit › Delete: the page in front deletes what is selected on it (delete_selected), if anything."""
        page = self.stack.currentWidget()
        if hasattr(page, "delete_selected"):
            page.delete_selected()

    def _on_undo(self) -> None:
        if self._built("models"):
            self.models_page.undo_delete()

    def show_undo(self, text: str) -> None:
        """A model went to the trash (text: "Undo Delete “name”", in the user's language) or came back (""):
        Edit › Undo and the status bar's Undo button follow."""
        self.undo_action.setText(text or self.tr("Undo"))
        self.undo_action.setEnabled(bool(text))
        self.undo_button.setVisible(bool(text))
        self.undo_button.setToolTip(text)
        if text:
            self.statusBar().showMessage(self.tr("Moved to the trash: Edit › Undo brings it back"), 30_000)

    def _fill_view_menu(self) -> None:
        self.view_menu.clear()
        for number, key in enumerate(self._pages, start=1):
            shortcut = f"Ctrl+{number}" if number <= 9 else None
            self._action(self.view_menu, self._titles[key], lambda _=False, k=key: self.show_page(k), shortcut)
        self.view_menu.addSeparator()
        menu = self.view_menu.addMenu(self.tr("Appearance"))
        group = QActionGroup(menu)
        self.appearance_actions = {}
        for choice, title in zip(appearance.CHOICES, (self.tr("As the Desktop"), self.tr("Light"), self.tr("Dark"))):
            action = menu.addAction(title, lambda c=choice: appearance.apply(c))
            action.setCheckable(True)
            action.setChecked(choice == appearance.current())
            group.addAction(action)
            self.appearance_actions[choice] = action
        self.language_menu = language_menu.add_to(self.view_menu, self)

    def _on_classify(self, fn) -> None:
        self.show_page("classify")
        fn()

    def _on_import_model(self) -> None:
        self.show_page("models")
        self.models_page.import_dialog()

    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for menu_action in self.menuBar().actions():
            for action in menu_action.menu().actions():
                if not action.shortcut().isEmpty():
                    keys = action.shortcut().toString(QKeySequence.NativeText)
                    rows.append((keys, action.text().replace("&", "")))
        return rows + [(QCoreApplication.translate("MainWindow", keys), QCoreApplication.translate("MainWindow", what))
                       for keys, what in EXTRA_SHORTCUTS]

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcut_rows(), self).exec()

    def show_about(self) -> None:
        AboutDialog(self.tf.info, self).exec()

    # --- status bar, settings, closing --------------------------------------------------------------

    def _build_status_bar(self) -> None:
        """Answers run on the CPU through LiteRT from the start; TensorFlow's device is shown once it loads."""
        from fruitclassifier.core.conversion import runtime

        self.tf_status = QLabel(self.tr("Answers: {runtime} · CPU").format(runtime=runtime.runtime_name()))
        self.tf_status.setToolTip(self.tr(
            "Photos are answered without TensorFlow; it loads when training, Grad-CAM or export first needs it"))
        self.statusBar().addPermanentWidget(self.tf_status)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the model just deleted back from the trash"))  # a real button
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._on_undo)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.tf.loaded.connect(self._on_tf_loaded)
        self.tf.failed.connect(self._on_tf_failed)
        self.tf.notice.connect(lambda message: self.statusBar().showMessage(message, 15000))
        self.classify_page.cache.notify = self.tf.announce  # a model converted on first use: say why TF loads
        self.tasks.task_started.connect(self._on_tasks_task_started)

    def _on_tasks_task_started(self, task) -> None:
        """Training imports TensorFlow itself; the loader joins that import (no second cost) so the device
        shows and TF's million long-lived objects are frozen out of the collector's sight (tf_loader.py)."""
        if task.name.startswith("Train"):
            self.tf.start()

    def _on_tf_loaded(self, device: str, version: str) -> None:
        self.tf_status.setText(f"TensorFlow {version} · {device}")  # a name, a version and a device: no words
        self.tf_status.setToolTip(self.tr("Training runs on: {device}; photos are answered by LiteRT on the CPU")
                                  .format(device=device))
        note = self.tf.info.get("device_note")
        if note:  # e.g. the Metal GPU failed its self-check and the CPU is used instead
            self.tf_status.setToolTip(note)
            self.statusBar().showMessage(note, 15000)

    def _on_tf_failed(self, message: str) -> None:
        self.tf_status.setText(
            "<span style='color:{color}'>{text}</span>".format(color=error_color(self.palette()).name(),
                                                               text=self.tr("TensorFlow unavailable")))
        self.tf_status.setToolTip(message)
        self.statusBar().showMessage(message)

    def _restore_window_state(self) -> None:
        store = settings.settings()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = store.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        page = store.value("window/page", "classify")
        if isinstance(page, str) and page in self._pages:
            self.show_page(page)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Remember the window, then stop background work and wait for it (never leave a thread running)."""
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.setValue("window/page", self.current_page_name())
        store.sync()
        self.statusBar().showMessage(self.tr("Stopping background work…"))
        self.tasks.cancel_all_and_wait(15_000)
        event.accept()
