"""The Compare page on two real tiny models: what it shows matches core.evaluation, and the cache works.

Two custom CNNs are trained once per module with core.training.train on 24-px discs
(different seeds, learning rates and epochs, so they disagree on some images).
"""

import os
from types import SimpleNamespace

from PySide6.QtCore import QMimeData, QPointF, QUrl, Qt
from PySide6.QtGui import QDropEvent
from helpers import make_image_folder
import numpy as np
import pytest

from fruitclassifier.config import TrainConfig
from fruitclassifier.core.evaluation import compare_cache
from fruitclassifier.core.evaluation.metrics import evaluate
from fruitclassifier.core.evaluation.report import comparison_rows
from fruitclassifier.core.evaluation.verdict import verdict
from fruitclassifier.core.inference.classifier import Classifier
from fruitclassifier.gui.base.tasks import TaskManager
from fruitclassifier.gui.compare.disagreement_gallery import disagreements
from fruitclassifier.gui.compare.metrics_table import METRICS, format_value
from fruitclassifier.gui.compare.page import ComparePage

#: The module trains two models and compares them through the page.
pytestmark = pytest.mark.slow

TIMEOUT = 90_000


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    from fruitclassifier.core.training.train import train

    root = tmp_path_factory.mktemp("compare_data")
    make_image_folder(root / "Training", per_class=10, seed=1)
    make_image_folder(root / "Test", per_class=5, seed=2)
    home = tmp_path_factory.mktemp("compare_home")
    old = os.environ.get("FRUITCLASSIFIER_HOME")
    os.environ["FRUITCLASSIFIER_HOME"] = str(home)
    try:
        base = dict(data_dir=str(root / "Training"), arch="custom_cnn", batch_size=8, image_size=24, val_split=0.25,
                    dropout=0.0)
        infos = [train(TrainConfig(**base, epochs=2, seed=1, learning_rate=3e-3, name="quick cnn")),
                 train(TrainConfig(**base, epochs=1, seed=7, learning_rate=2e-4, name="slow cnn"))][::-1]
    finally:
        os.environ.pop("FRUITCLASSIFIER_HOME") if old is None else os.environ.update(FRUITCLASSIFIER_HOME=old)
    # newest first, as the store lists them and the page orders them
    expected = [evaluate(Classifier.load(info), root / "Test") for info in infos]
    return SimpleNamespace(home=home, test=root / "Test", infos=infos, expected=expected)


@pytest.fixture
def page(qtbot, trained, monkeypatch):
    monkeypatch.setenv("FRUITCLASSIFIER_HOME", str(trained.home))
    compare_cache.clear()
    tasks = TaskManager()
    widget = ComparePage(tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    yield widget
    tasks.cancel_all_and_wait()


@pytest.fixture
def classify_calls(monkeypatch):
    """Counts Classifier.classify_paths calls (the expensive part a cache hit must skip)."""
    calls = []
    original = Classifier.classify_paths

    def counting(self, *args, **kwargs):
        calls.append(self.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Classifier, "classify_paths", counting)
    return calls


def _compare(page, qtbot, **kwargs):
    with qtbot.waitSignal(page.comparison_shown, timeout=TIMEOUT) as blocker:
        assert page.compare(**kwargs) is not None
    return blocker.args[0]


def _tick_both(page, trained):
    page.set_checked([info.name for info in trained.infos])


def test_defaults_table_matrices_and_gallery_match_core(page, qtbot, trained):
    names = [info.name for info in trained.infos]
    assert [i.name for i in page.checked_infos()] == names  # two custom CNNs: the two newest
    assert page.setup.folder() == str(trained.test.resolve())  # the Test/ beside the training data
    page.set_checked(names[:1])
    assert not page.setup.compare_button.isEnabled()  # one model is not a comparison
    _tick_both(page, trained)
    comparison = _compare(page, qtbot)
    assert comparison.names == names
    rows = comparison_rows(trained.infos, trained.expected)
    table = page.table.metrics
    for key in METRICS:
        for col, row in enumerate(rows):
            want = comparison.rows()[col] if key == "ms_per_image" else row  # timing is measured anew
            assert table.text(key, col) == format_value(key, want[key]), key
    for key, best in table.best().items():
        assert key not in ("train_val_gap", "val_test_gap", "best_val_accuracy")  # symptoms, not scores
        if key != "ms_per_image":
            values = [r[key] for r in rows]
            assert values[best] == (max(values) if key in ("accuracy", "macro_f1") else min(values))
    for matrix, result in zip(page.confusion.matrices, trained.expected):
        present = np.where(result.confusion.sum(1) > 0)[0]
        shown = np.where(result.confusion.sum(1) + result.confusion.sum(0) > 0)[0]
        assert np.array_equal(matrix.matrix, result.confusion[np.ix_(present, shown)])
        assert matrix.row_labels == [result.labels[i] for i in present]
    want = [(i.path, [a[1] for a in i.answers]) for i in disagreements(names, trained.expected)]
    assert [(i.path, [a[1] for a in i.answers]) for i in page.gallery.gallery.items()] == want
    assert verdict(rows) == page.verdict_label.text() and page.curves.curve_count() == 8


def test_clicking_a_cell_shows_its_images(page, qtbot, trained):
    _tick_both(page, trained)
    comparison = _compare(page, qtbot)
    page.show()
    page.tabs.setCurrentIndex(1)
    matrix, result = page.confusion.matrices[1], comparison.results[1]
    right = np.array([[matrix.is_right(r, c) for c in range(len(matrix.col_labels))]
                      for r in range(len(matrix.row_labels))])
    counts = np.where(right, -1, matrix.matrix) if (matrix.matrix * ~right).any() else matrix.matrix
    row, col = np.unravel_index(np.argmax(counts), counts.shape)  # the biggest mistake, else a diagonal cell
    true, pred = matrix.row_labels[row], matrix.col_labels[col]
    qtbot.mouseClick(matrix, Qt.LeftButton, pos=matrix.cell_rect(row, col).center().toPoint())
    want = [p["path"] for p in result.predictions if p["true"] == true and p["pred"] == pred]
    assert want and [i.path for i in page.cell_gallery.items()] == want
    assert f"{len(want)} image(s)" in page.cell_label.text()
    qtbot.waitUntil(lambda: set(want) <= set(page.cell_gallery.gallery.thumbnails), timeout=TIMEOUT)


def test_cache_makes_the_second_comparison_instant(page, qtbot, trained, classify_calls):
    _tick_both(page, trained)
    first = _compare(page, qtbot)
    assert sorted(classify_calls) == sorted(first.names) and first.from_cache == [False, False]
    classify_calls.clear()
    again = _compare(page, qtbot)
    assert classify_calls == [] and again.from_cache == [True, True]
    assert [r.to_dict()["confusion"] for r in again.results] == [r.to_dict()["confusion"] for r in first.results]
    reopened = ComparePage(page.tasks)  # a new page (as after a restart) shows the cached comparison on first show
    qtbot.addWidget(reopened)
    reopened.set_checked(first.names)
    with qtbot.waitSignal(reopened.comparison_shown, timeout=TIMEOUT):
        reopened.show()
    assert classify_calls == [] and "from the cache" in reopened.notice.text()


def test_cancel_stops_and_caches_nothing(page, qtbot, trained, monkeypatch):
    _tick_both(page, trained)
    holder = {}
    original = Classifier.classify_paths

    def cancel_then_classify(self, *args, **kwargs):
        holder["task"].cancel()  # thread-safe: only sets an Event
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Classifier, "classify_paths", cancel_then_classify)
    with qtbot.waitSignal(page.tasks.task_ended, timeout=TIMEOUT):
        holder["task"] = page.compare()
    assert page.comparison is None and "cancelled" in page.notice.text()
    test = compare_cache.resolve_test_folder(trained.test)
    assert all(compare_cache.load(info, test) is None for info in trained.infos)


def test_report_is_written_and_complete(page, qtbot, trained, tmp_path):
    _tick_both(page, trained)
    comparison = _compare(page, qtbot)
    with qtbot.waitSignal(page.report_written, timeout=TIMEOUT) as blocker:
        page.export_report(str(tmp_path / "report"))
    folder = tmp_path / "report"
    assert blocker.args[0] == str(folder)
    expected = {"report.md", "metrics.json", "curves.png", "per_class_f1.png", "confusion_quick_cnn.png",
                "confusion_slow_cnn.png"}
    assert expected <= {p.name for p in folder.iterdir()}
    assert all((folder / name).stat().st_size > 0 for name in expected)
    text = (folder / "report.md").read_text(encoding="utf-8")
    assert "quick cnn" in text and "slow cnn" in text and verdict(comparison.rows()) in text


def test_a_dropped_photo_gets_every_models_top3_and_gradcam(page, qtbot, trained):
    _tick_both(page, trained)
    photo = next((trained.test / "kiwi").iterdir())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    drop = QDropEvent(QPointF(20, 20), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(page.answers_finished, timeout=TIMEOUT) as blocker:
        page.dropEvent(drop)  # dropped anywhere on the page
    answers = blocker.args[0]
    assert [a["name"] for a in answers] == ["slow cnn", "quick cnn"]
    for answer, card, result in zip(answers, page.answers.cards, trained.expected):
        assert len(answer["top"]) == 3 and not answer["overlay"].isNull()
        assert card.bars._top == answer["top"] and not card.image.image().isNull()
        evaluated = next(p for p in result.predictions if p["path"] == str(photo))
        assert answer["top"][0][0] == evaluated["pred"]  # the same answer the gallery shows for this photo


def test_verdict_names_the_better_model_and_the_overfitter():
    rows = [{"name": "custom_cnn", "accuracy": 0.991, "ms_per_image": 1.0, "train_val_gap": 0.01, "fit": ""},
            {"name": "resnet50", "accuracy": 0.873, "ms_per_image": 5.0, "train_val_gap": 0.12, "fit": "overfits"}]
    assert verdict(rows) == ("custom_cnn is best on this folder (accuracy 0.991 vs 0.873). "
                             "resnet50 overfits: train–val gap 0.12 and validation loss rising.")
    rows[1].update(accuracy=0.989, train_val_gap=0.0, fit="")
    text = verdict(rows)
    assert "about as accurate" in text and "custom_cnn is faster" in text and "Neither overfits" in text


def _hand_result(name, answers, seconds):
    """An EvalResult from (path, true, pred, probability) rows, its confusion counted here by hand."""
    from fruitclassifier.core.evaluation.metrics import EvalResult

    labels = ["a", "b"]
    confusion = np.zeros((2, 2), np.int64)
    for _, true, pred, _ in answers:
        confusion[labels.index(true), labels.index(pred)] += 1
    rows = [{"path": p, "true": t, "pred": q, "probability": pr, "true_probability": pr if q == t else 1 - pr}
            for p, t, q, pr in answers]  # two classes: the true class has what the answer does not
    return EvalResult(name, "f", labels, confusion, rows, seconds, params=1234)


def test_rows_formats_and_disagreements_against_hand_computed_values(tmp_path):
    """Five images, two models; every expected number below was worked out on paper, not by the core."""
    from fruitclassifier.core.store import ModelInfo

    alpha = _hand_result("alpha", [("p1", "a", "a", 0.9), ("p2", "a", "b", 0.6), ("p3", "b", "b", 0.8),
                                   ("p4", "b", "b", 0.5), ("p5", "b", "a", 0.55)], 0.02)
    beta = _hand_result("beta", [("p1", "a", "a", 0.7), ("p2", "a", "a", 0.9), ("p3", "b", "a", 0.6),
                                 ("p4", "b", "b", 0.95), ("p5", "b", "a", 0.65)], 0.05)
    infos = [ModelInfo("alpha", tmp_path / "none-a", False, {
                 "arch": "custom_cnn", "size": 2_500_000, "train_time_s": 61.4, "epochs_trained": 2,
                 "history": {"accuracy": [0.5, 0.9], "val_accuracy": [0.6, 0.8]}}),
             ModelInfo("beta", tmp_path / "none-b", False, {"arch": "vgg16", "size": 40_000_000,
                                                            "epochs_trained": 3})]
    rows = comparison_rows(infos, [alpha, beta])
    # alpha: right on p1, p3, p4 -> 3/5; F1(a) = 2*(1/2)*(1/2)/1 = 1/2, F1(b) = 2*(2/3)*(2/3)/(4/3) = 2/3
    # beta:  right on p1, p2, p4 -> 3/5; F1(a) = 2*(1/2)*1/(3/2) = 2/3, F1(b) = 2*1*(1/3)/(4/3) = 1/2
    # loss = mean -ln(p of the true class) over every image: alpha (.9, .4, .8, .5, .45), beta (.7, .9, .4, .95, .35)
    want = [{"accuracy": 0.6, "macro_f1": 7 / 12, "loss": 0.5472900, "ms_per_image": 4.0, "size_mb": 2.5,
             "best_val_accuracy": 0.8, "train_val_gap": 0.1, "epochs": 2, "params": 1234},
            {"accuracy": 0.6, "macro_f1": 7 / 12, "loss": 0.4958883, "ms_per_image": 10.0, "size_mb": 40.0,
             "best_val_accuracy": None, "train_val_gap": None, "epochs": 3, "params": 1234}]
    for row, expected in zip(rows, want):
        for key, value in expected.items():
            assert row[key] == (value if value is None else pytest.approx(value, abs=1e-6)), key
    shown = {key: format_value(key, rows[0][key]) for key in METRICS}
    assert shown == {"arch": "custom_cnn", "accuracy": "0.6000", "macro_f1": "0.5833", "loss": "0.5473",
                     "params": "1,234", "size_mb": "2.5", "ms_per_image": "4.00", "train_time_s": "61",
                     "epochs": "2", "best_val_accuracy": "0.8000", "val_test_gap": "+0.2000",
                     "train_val_gap": "+0.1000"}
    assert format_value("train_val_gap", rows[1]["train_val_gap"]) == "—"
    # p2 and p3: the models disagree (one wrong each); p5: both wrong alike; p1, p4: both right
    picked = disagreements(["alpha", "beta"], [alpha, beta])
    assert [(i.path, i.true, [a[1] for a in i.answers]) for i in picked] == [
        ("p2", "a", ["b", "a"]), ("p3", "b", ["b", "a"]), ("p5", "b", ["a", "a"])]
    assert [i.path for i in disagreements(["alpha", "beta"], [alpha, beta], "all_wrong")] == ["p5"]


def test_models_page_and_compare_give_one_size_for_one_file():
    from fruitclassifier.gui.models.model_table import human_size

    size = 14_300_000  # read 13.6 MB on Models (1024s) and 14.3 MB on Compare (1000s)
    assert human_size(size) == f"{format_value('size_mb', size / 1e6)} MB" == "14.3 MB"


def test_many_classes_scroll_inside_the_f1_tab_instead_of_growing_the_window(page, qtbot):
    """The bundled model's 48 classes at 18 px a bar once made the whole window 997 px tall: the tab's
    scroll area takes them, so the page still fits the 1024x700 window."""
    before = page.minimumSizeHint().height()
    page.f1_bars.setMinimumHeight(80 + 48 * 18)
    assert page.minimumSizeHint().height() == before < 640
    assert page.tabs.minimumSizeHint().width() < 500  # long tab titles scroll rather than widen it
