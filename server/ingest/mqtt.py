"""MQTT ingest: the server subscribes to `--mqtt-topic` on `--mqtt-url` (paho-mqtt, QoS 1).

Topic ``sandtable/<device_code>/readings`` (the first ``+`` of the filter names the device), payload
``{"secret": "...", "readings": [{"metric", "ts", "value"}, ...]}``: each message carries its device
secret, so a client allowed onto the broker still cannot write for another device. The session is
persistent and PUBACK is sent manually after the commit, so a message the server had not stored
before a crash is redelivered by the broker.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from urllib.parse import urlsplit

import orjson
import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion
from paho.mqtt.reasoncodes import ReasonCode

from server.db.base import utcnow
from server.ingest.devices import device_key, key_problem
from server.ingest.items import BatchError, parse_items, readings_of
from server.ingest.pipeline import Ingestor

log = logging.getLogger("sandtable.mqtt")
MAX_PAYLOAD = 4 * 1024 * 1024


def device_code_from_topic(topic_filter: str, topic: str) -> str | None:
    """The topic level at the filter's first ``+``."""
    wanted = topic_filter.split("/")
    levels = topic.split("/")
    if "+" not in wanted or len(levels) < len(wanted):
        return None
    return levels[wanted.index("+")] or None


class MqttSubscriber:
    def __init__(self, ingestor: Ingestor, *, url: str, topic: str, retention: dt.timedelta, max_items: int,
                 client_id: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("mqtt", "tcp") or not parts.hostname:
            raise ValueError(f"--mqtt-url must look like mqtt://host:1883, not {url!r}")
        self.ingestor = ingestor
        self.host, self.port = parts.hostname, parts.port or 1883
        self.topic = topic
        self.retention = retention
        self.max_items = max_items
        self.client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False,
                                  manual_ack=True)
        if parts.username:
            self.client.username_pw_set(parts.username, parts.password)
        self.client.on_connect = self._on_connect
        self.client.on_subscribe = self._on_subscribe
        self.client.on_message = self._on_message
        self.subscribed = threading.Event()  # the broker granted the subscription: from now on nothing is missed

    @staticmethod
    def client_id_for(db_url: str) -> str:
        """Stable per database, so a restarted server resumes its broker session (and its unacked messages)."""
        return "sandtable-" + hashlib.sha256(db_url.encode()).hexdigest()[:16]

    def start(self) -> None:
        self.client.connect_async(self.host, self.port, keepalive=30)
        self.client.loop_start()

    def stop(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()

    def _on_connect(self, client: mqtt.Client, _userdata: object, _flags: object, reason: ReasonCode,
                    _properties: object) -> None:
        if reason.is_failure:
            log.warning("MQTT connection to %s:%d refused: %s", self.host, self.port, reason)
            return
        client.subscribe(self.topic, qos=1)
        log.info("MQTT subscribed to %s on %s:%d", self.topic, self.host, self.port)

    def _on_subscribe(self, _client: mqtt.Client, _userdata: object, _mid: int, reasons: list[ReasonCode],
                      _properties: object) -> None:
        if any(reason.is_failure for reason in reasons):
            log.warning("MQTT subscription to %s refused: %s", self.topic, reasons)
            return
        self.subscribed.set()

    def _on_message(self, client: mqtt.Client, _userdata: object, message: mqtt.MQTTMessage) -> None:
        try:
            self.handle(message.topic, message.payload)
        except Exception:
            # Not acknowledged: the broker redelivers it when the session resumes.
            log.exception("MQTT message on %s could not be stored", message.topic)
            return
        client.ack(message.mid, message.qos)

    def handle(self, topic: str, payload: bytes | bytearray) -> int:
        """Store one message; returns the number of new readings. Rejections are logged and dropped."""
        code = device_code_from_topic(self.topic, topic)
        if code is None:
            log.warning("MQTT message on %s rejected: the topic names no device", topic)
            return 0
        if problem := key_problem(device_key(code=code)):  # before any look-up: made-up codes never reach the cache
            log.warning("MQTT message on %r rejected: %s", topic[:100], problem)
            return 0
        if len(payload) > MAX_PAYLOAD:
            log.warning("MQTT message for %s rejected: %d bytes is too large", code, len(payload))
            return 0
        try:
            body = orjson.loads(payload)
            items = readings_of(body)
        except (orjson.JSONDecodeError, BatchError) as exc:
            log.warning("MQTT message for %s rejected: %s", code, exc)
            return 0
        device = self.ingestor.device(code=code)
        secret = body.get("secret")
        if device is None or not isinstance(secret, str) or not device.authenticates(secret):
            log.warning("MQTT message for %s rejected: unknown device or wrong secret", code)
            return 0
        if len(items) > self.max_items:
            log.warning("MQTT message for %s rejected: %d readings exceed %d", code, len(items), self.max_items)
            return 0
        now = utcnow()
        parsed = parse_items(items, device=device, now=now, oldest=now - self.retention)
        for rejected in parsed.rejected[:5]:
            log.warning("MQTT message for %s: item #%d rejected: %s", code, rejected.index, rejected.reason)
        result = self.ingestor.ingest(parsed.samples, actor=device.actor, channel="mqtt")
        return result.inserted
