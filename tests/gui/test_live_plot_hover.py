"""The curves' readout goes when the pointer leaves: no legend hidden and no dotted line left for later runs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from gui_helpers import show_sized

from fruitclassifier.gui.widgets.live_plot import LivePlot


def test_a_click_on_the_loss_plot_leaves_no_line_or_hidden_legend(qtbot):
    plot = show_sized(qtbot, LivePlot(), 800, 300)
    plot.add_batch(0, 0, 4, {"loss": 1.0, "accuracy": 0.5})
    plot.flush()
    vb = plot._plots["loss"].getPlotItem().vb
    plot._on_scene_mouse_moved("loss", vb.sceneBoundingRect().center())  # a press arrives as a move here
    line, label = plot._hover["loss"]
    assert line.isVisible() and not plot._legends["loss"].isVisible()
    QApplication.sendEvent(plot._plots["loss"], QEvent(QEvent.Leave))
    assert not line.isVisible() and not label.isVisible() and plot._legends["loss"].isVisible()
    plot._on_scene_mouse_moved("loss", vb.sceneBoundingRect().center())
    plot.clear(5)  # the next run starts clean even if no leave event came
    assert not line.isVisible() and plot._legends["loss"].isVisible()


def test_a_legend_is_shown_whole_or_not_at_all(qtbot):
    plot = show_sized(qtbot, LivePlot(), 1200, 320)
    qtbot.wait(50)
    assert all(legend.isVisible() for legend in plot._legends.values())
    plot.resize(360, 320)  # the Train view at 1024 px: each plot narrower than its legend
    qtbot.waitUntil(lambda: not any(legend.isVisible() for legend in plot._legends.values()), timeout=2000)
    for metric, legend in plot._legends.items():
        assert legend.boundingRect().width() > plot._plots[metric].getPlotItem().vb.width() - 12
