"""A video and audio player for downloaded lecture files that remembers where the participant stopped.

QtMultimedia is imported when the first media file is opened, not at start-up. The position is
saved (on the database lane) when playback pauses, every few seconds while it plays, and when the
player switches to another file; opening the file again starts there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from companion.domain.i18n import number, translate

SAVE_EVERY_MS = 5000
SKIP_MS = 10_000
NEAR_END_MS = 3000  # stopped this close to the end counts as finished: next time starts at 0


def clock_text(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def speed_label(rate: float) -> str:
    """'1.5×' / '1,5×': a playback rate as the language writes numbers."""
    digits = 0 if float(rate).is_integer() else 1 if float(rate * 10).is_integer() else 2
    return translate("ui", "{0}×").format(number(rate, digits))

class MediaPlayer(QWidget):
    """Play/pause, a seek bar, back/forward 10 s, speed; Space, ←/→ by keyboard."""

    def __init__(self, load_position: Callable[[str, Callable[[int], None]], None],
                 save_position: Callable[[str, int], None], parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self._load_position = load_position
        self._save_position = save_position
        self.key: str | None = None
        self._resume_at = 0
        self._last_saved = -1
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget()
        self.video.setAccessibleName(self.tr("Video"))
        self.video.setMinimumHeight(180)
        self.player.setVideoOutput(self.video)
        self.audio_note = QLabel()
        self.audio_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audio_note.setObjectName("muted")
        self.audio_note.hide()

        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setAccessibleDescription(self.tr("Play or pause"))
        self.play_button.clicked.connect(self.toggle)
        self.back_button = QPushButton(self.tr("−10 s"))
        self.back_button.setAccessibleDescription(self.tr("Back 10 seconds"))
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_MS))
        self.forward_button = QPushButton(self.tr("+10 s"))
        self.forward_button.setAccessibleDescription(self.tr("Forward 10 seconds"))
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_MS))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.setSingleStep(5000)
        self.slider.setPageStep(30_000)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.slider.actionTriggered.connect(lambda _a: self.player.setPosition(self.slider.sliderPosition()))
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setAccessibleName(self.tr("Time played"))
        self.speed = QComboBox()
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for rate in (0.75, 1.0, 1.25, 1.5, 2.0):
            self.speed.addItem(speed_label(rate), rate)
        self.speed.setCurrentIndex(1)
        self.speed.currentIndexChanged.connect(lambda _i: self.player.setPlaybackRate(self.speed.currentData()))
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(100)
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.audio.setVolume(0.8)

        controls = QHBoxLayout()
        for widget in (self.back_button, self.play_button, self.forward_button):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.speed)
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.audio_note, 1)
        layout.addLayout(controls)

        for keys, action in ((Qt.Key.Key_Space, self.toggle), (Qt.Key.Key_K, self.toggle),
                             (Qt.Key.Key_J, lambda: self.skip(-SKIP_MS)), (Qt.Key.Key_L, lambda: self.skip(SKIP_MS))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

        self.saver = QTimer(self)
        self.saver.setInterval(SAVE_EVERY_MS)
        self.saver.timeout.connect(self.save)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(lambda _e, text: self.audio_note.setText(
            self.tr("This file cannot be played here: {0}").format(text)))

    # ---- what to play ----
    def open(self, key: str, path: Path, *, audio_only: bool, title: str) -> None:
        """Load ``path``; ``key`` names it for the remembered position. Does not start playing."""
        self.close_media()
        self.key = key
        self._resume_at = 0
        self.video.setVisible(not audio_only)
        self.audio_note.setVisible(audio_only)
        self.audio_note.setText(self.tr("{0} (sound only)").format(title))

        def resume_at(ms: int) -> None:
            if self.key == key and ms > 0:
                self._resume_at = ms
                self._last_saved = ms
                if self._loaded():
                    self.player.setPosition(ms)

        self._load_position(key, resume_at)
        self.player.setSource(QUrl.fromLocalFile(str(path)))

    def close_media(self) -> None:
        if self.key is not None:
            self.save()
        self.key = None  # first: stopping moves the position to 0, which must not be saved
        self.saver.stop()
        self.player.stop()
        self.player.setSource(QUrl())

    # ---- controls ----
    def toggle(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def skip(self, ms: int) -> None:
        self.player.setPosition(max(0, min(self.player.duration(), self.player.position() + ms)))

    def save(self) -> None:
        if self.key is None:
            return
        position, duration = self.player.position(), self.player.duration()
        if duration and duration - position < NEAR_END_MS:
            position = 0
        if position != self._last_saved:
            self._last_saved = position
            self._save_position(self.key, position)

    # ---- following the player ----
    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time_label.setText(f"{clock_text(ms)} / {clock_text(self.player.duration())}")

    def _state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        if playing:
            self.saver.start()
        else:
            self.saver.stop()
            self.save()

    def _status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.save()
        elif status == QMediaPlayer.MediaStatus.LoadedMedia and 0 < self._resume_at < self.player.duration():
            self.player.setPosition(self._resume_at)  # a position set while still loading is lost

    def _loaded(self) -> bool:
        from PySide6.QtMultimedia import QMediaPlayer

        status = self.player.mediaStatus()
        return status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia,
                          QMediaPlayer.MediaStatus.BufferingMedia)
