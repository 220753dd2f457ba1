"""The window with a broken model in the store (valid metadata.json, corrupt model.keras): it is listed,
Classify fails with one clear line naming the file, nothing crashes, and the good model still works."""

from gui_helpers import WORK_TIMEOUT_MS, copy_model, drop_files


def _break(info) -> None:
    info.model_file.write_bytes(b"PK\x03\x04 the rest of this archive was lost")
    (info.path / "model.tflite").unlink(missing_ok=True)  # nothing left that could answer instead


def test_a_corrupt_model_file_fails_clearly_and_the_window_carries_on(tf_ready, qtbot, tiny_model_dir, tiny_folder):
    window = tf_ready
    _break(copy_model(tiny_model_dir, "broken cnn"))
    window.page("models").refresh()
    table = window.page("models").table_model
    listed = [table.info(row).name for row in range(table.rowCount())]
    assert sorted(listed) == ["broken cnn", "tiny cnn"]

    page = window.page("classify")
    page.refresh_models()
    assert page.select_model("broken cnn")
    failures = []
    page.classification_failed.connect(failures.append)
    with qtbot.waitSignal(page.classification_failed, timeout=WORK_TIMEOUT_MS) as failed:
        drop_files(page.drop_zone, [tiny_folder / "kiwi" / "kiwi_001.jpg"])
    message = failed.args[0]
    assert "model.keras" in message and "\n" not in message, message
    assert "unexpected error" not in message and "Traceback" not in message  # the user's file, not our bug
    assert message in page.notice.text() and page.notice.isVisible()
    qtbot.waitUntil(lambda: not page.busy, timeout=WORK_TIMEOUT_MS)

    assert page.select_model("tiny cnn")
    with qtbot.waitSignal(page.classification_finished, timeout=WORK_TIMEOUT_MS) as done:
        drop_files(page.drop_zone, [tiny_folder / "apple" / "apple_001.jpg"])
    assert done.args[0]["classified"] >= 1 and failures == [message]
    assert window.isVisible()
