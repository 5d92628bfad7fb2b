"""Login dialog. A view only: it asks for a login and shows the outcome; the app runs the request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DemoCredential:
    """One demo account offered in the combo (demo mode only)."""

    label: str
    username: str
    password: str


class LoginDialog(QDialog):
    """Emits ``sig_login_requested(username, password)``; call ``show_failure`` or ``accept``."""

    sig_login_requested = Signal(str, str)

    def __init__(self, server_url: str, demo_accounts: Sequence[DemoCredential] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sandtable — Log in"))
        self.setMinimumWidth(440)
        self._demo_accounts = list(demo_accounts)

        title = QLabel(self.tr("Construction Quality and Safety Supervision"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.server_label = QLabel(self.tr("Server: {0}").format(server_url), self)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.demo_combo = QComboBox(self)
        self.demo_combo.addItem(self.tr("Choose a demo account…"), None)
        for account in self._demo_accounts:
            self.demo_combo.addItem(f"{account.label} ({account.username})", account.username)
        self.username_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.login_button.setDefault(True)

        form = QFormLayout()
        if self._demo_accounts:
            form.addRow(self.tr("Demo account:"), self.demo_combo)
        else:
            self.demo_combo.hide()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.server_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        self.demo_combo.currentIndexChanged.connect(self._on_demo_selected)
        self.buttons.accepted.connect(self._request_login)
        self.buttons.rejected.connect(self.reject)

    def set_username(self, username: str) -> None:
        """Prefill the user name (and the demo combo when it is a demo account)."""
        index = self.demo_combo.findData(username)
        if index > 0:
            self.demo_combo.setCurrentIndex(index)
        else:
            self.username_edit.setText(username)
        (self.password_edit if username else self.username_edit).setFocus()

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.login_button, self.username_edit, self.password_edit, self.demo_combo):
            widget.setEnabled(not busy)

    def show_failure(self, text: str) -> None:
        """The attempt failed: say why (the controller words it) and let the password be typed again."""
        self.set_busy(False)
        self.show_message(text)
        self.password_edit.selectAll()
        self.password_edit.setFocus()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    @property
    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisible() else ""

    @Slot(int)
    def _on_demo_selected(self, index: int) -> None:
        username = self.demo_combo.itemData(index)
        account = next((a for a in self._demo_accounts if a.username == username), None)
        if account is not None:
            self.username_edit.setText(account.username)
            self.password_edit.setText(account.password)
            self.login_button.setFocus()

    @Slot()
    def _request_login(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            self.show_message(self.tr("Enter a user name and a password."))
            return
        self.show_message("")
        self.set_busy(True)
        self.sig_login_requested.emit(username, password)
