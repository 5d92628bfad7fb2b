"""MQTT ingest against the real Mosquitto on 127.0.0.1:1883 (started by .ci/run when not running)."""

from __future__ import annotations

import datetime as dt
import logging
import socket
import uuid

import orjson
import paho.mqtt.client as mqtt
import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from server.ingest.mqtt import device_code_from_topic
from server.monitoring.models import Reading
from tests.support.monitoring import bearer, create_test_app, first_project, now, reading, register
from tests.support.waiting import wait_until

pytestmark = pytest.mark.timeout(90)
BROKER = ("127.0.0.1", 1883)


def broker_up() -> None:
    try:
        socket.create_connection(BROKER, timeout=2).close()
    except OSError as exc:
        pytest.fail(f"Mosquitto at {BROKER} is required for the MQTT tests ({exc}); "
                    "start it with: mosquitto -d -c /etc/mosquitto/mosquitto.conf")


def publish(topic: str, payload: bytes) -> None:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"test-{uuid.uuid4().hex[:8]}")
    client.connect(*BROKER)
    client.loop_start()
    try:
        client.publish(topic, payload, qos=1).wait_for_publish(10)
    finally:
        client.disconnect()
        client.loop_stop()


def count(client: TestClient, device_id: int) -> int:
    with client.app.state.database.read_session() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(Reading).where(Reading.device_id == device_id))


def wait_count(client: TestClient, device_id: int, expected: int) -> int:
    """The stored count once it reaches `expected` (messages of one topic are handled in order)."""
    wait_until(lambda: count(client, device_id) >= expected, message=f"{expected} readings of device {device_id}")
    return count(client, device_id)


def test_topic_names_the_device() -> None:
    assert device_code_from_topic("sandtable/+/readings", "sandtable/TC-1/readings") == "TC-1"
    assert device_code_from_topic("sandtable/+/readings", "other") is None


def test_mqtt_readings_are_stored_and_bad_messages_dropped(mon_url: str, caplog: pytest.LogCaptureFixture) -> None:
    broker_up()
    prefix = f"st{uuid.uuid4().hex[:6]}"
    app = create_test_app(mon_url, mqtt_url="mqtt://127.0.0.1:1883", mqtt_topic=f"{prefix}/+/readings")
    with TestClient(app) as client:
        assert app.state.monitoring.mqtt.subscribed.wait(30), "the broker never granted the subscription"
        admin = bearer(client, "demo-admin")
        device = register(client, admin, first_project(client, bearer(client, "demo-guangzhou")), "tower_crane")
        topic = f"{prefix}/{device['code']}/readings"
        t = now() - dt.timedelta(minutes=1)
        good = {"secret": device["secret"], "readings": [reading("moment_pct", 95.0, t), reading("load_t", 3.0, t),
                                                          {"metric": "load_t", "ts": "bad", "value": 1}]}
        with caplog.at_level(logging.WARNING, logger="sandtable.mqtt"):
            publish(topic, orjson.dumps({**good, "secret": "wrong"}))
            publish(topic, b"not json")
            publish(f"{prefix}/NO-SUCH-DEVICE/readings", orjson.dumps(good))
            publish(topic, orjson.dumps(good))
            assert wait_count(client, device["id"], 2) == 2
            publish(topic, orjson.dumps(good))  # redelivery / resend: idempotent
            # One more reading after it: once that is stored, the resend (handled before it) has been too.
            later = reading("load_t", 3.0, t + dt.timedelta(seconds=1))
            publish(topic, orjson.dumps({"secret": device["secret"], "readings": [later]}))
            assert wait_count(client, device["id"], 3) == 3
        messages = " ".join(r.getMessage() for r in caplog.records)
        assert "wrong secret" in messages and "rejected" in messages and "item #2 rejected" in messages
        warnings = client.get("/api/v1/warnings", headers=admin, params={"device_id": device["id"]}).json()
        assert [w["type"] for w in warnings] == ["crane_moment"]
