"""HJ 212 codec: CRC check values, hand-made frames of both editions, stream resync, properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain import hj212
from domain.hj212 import FrameError, FrameParser, crc16, decode_frame, encode_frame


def crc16_bitwise(data: bytes) -> int:
    """The definition in the standard, bit by bit, to check the table-driven implementation against."""
    crc = 0xFFFF
    for byte in data:
        crc = (crc >> 8) ^ byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def crc16_modbus(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


SEGMENT_2017 = ("QN=20261125103000123;ST=39;CN=2011;PW=123456;MN=440106000000120001;Flag=5;"
                "CP=&&DataTime=20261125103000;a34002-Rtd=86.5,a34002-Flag=N;a34004-Rtd=41.2,a34004-Flag=N;"
                "LA-Rtd=63.4,LA-Flag=N&&")
SEGMENT_2005 = ("ST=39;CN=2011;PW=123456;MN=88888880000001;"
                "CP=&&DataTime=20261125103000123;B03-Rtd=58.0;01-Rtd=0.152,01-ZsRtd=0.160&&")


def test_crc_check_value_is_hj212_not_modbus() -> None:
    assert crc16(b"123456789") == 0x2F80
    assert crc16_modbus(b"123456789") == 0x4B37
    assert crc16_bitwise(b"123456789") == 0x2F80


@given(st.binary(max_size=300))
def test_table_crc_matches_the_bitwise_definition(data: bytes) -> None:
    assert crc16(data) == crc16_bitwise(data)


def test_hand_made_2017_frame() -> None:
    body = SEGMENT_2017.encode()
    frame = b"##%04d%s%04X\r\n" % (len(body), body, crc16_bitwise(body))
    assert encode_frame(SEGMENT_2017) == frame
    packet = decode_frame(frame)
    assert (packet.st, packet.cn, packet.mn, packet.pw, packet.qn) == (
        "39", "2011", "440106000000120001", "123456", "20261125103000123")
    assert packet.wants_ack and not packet.is_2005
    values = {m.code: (m.value, m.kind, m.flag) for m in hj212.measurements(packet, fallback_time=dt.datetime.now(dt.UTC))}
    assert values == {"a34002": (86.5, "Rtd", "N"), "a34004": (41.2, "Rtd", "N"), "LA": (63.4, "Rtd", "N")}
    at = hj212.measurements(packet, fallback_time=dt.datetime.now(dt.UTC))[0].at
    assert at == dt.datetime(2026, 11, 25, 2, 30, tzinfo=dt.UTC)  # Beijing time on the wire


def test_lowercase_crc_is_accepted() -> None:
    frame = encode_frame(SEGMENT_2017)
    lower = frame[:-6] + frame[-6:-2].lower() + b"\r\n"
    assert decode_frame(lower).mn == "440106000000120001"


def test_2005_frame_without_qn_and_flag() -> None:
    packet = decode_frame(encode_frame(SEGMENT_2005))
    assert packet.is_2005 and not packet.wants_ack and packet.qn is None
    found = hj212.measurements(packet, fallback_time=dt.datetime.now(dt.UTC))
    assert {(m.code, m.value, m.kind) for m in found} == {("B03", 58.0, "Rtd"), ("01", 0.152, "Rtd")}
    assert found[0].at == dt.datetime(2026, 11, 25, 2, 30, 0, 123000, tzinfo=dt.UTC)  # 17-digit DataTime


def test_ack_frame_echoes_qn_mn_pw() -> None:
    ack = decode_frame(hj212.ack_frame(decode_frame(encode_frame(SEGMENT_2017))))
    assert (ack.cn, ack.st, ack.qn, ack.mn, ack.pw, ack.flag) == (
        "9014", "91", "20261125103000123", "440106000000120001", "123456", 4)


@pytest.mark.parametrize(("frame", "reason"), [
    (b"##0010QN=1;ST=3CP=&&&&ABCD\r\n", "bad_length"),
    (b"##12X4" + b"x" * 20, "bad_length"),
    (b"##1100" + b"x" * 1110, "oversize"),
    (encode_frame(SEGMENT_2017)[:-6] + b"0000\r\n", "bad_crc"),
    (encode_frame(SEGMENT_2017)[:-2] + b"\n\n", "bad_trailer"),
])
def test_bad_frames_are_rejected_with_a_reason(frame: bytes, reason: str) -> None:
    with pytest.raises(FrameError) as caught:
        decode_frame(frame)
    assert caught.value.reason == reason


def test_segment_needs_st_cn_mn() -> None:
    with pytest.raises(FrameError, match="missing MN"):
        decode_frame(encode_frame("QN=1;ST=39;CN=2011;PW=1;Flag=4;CP=&&&&"))


def test_parser_resyncs_over_noise_truncation_and_split_reads() -> None:
    good = encode_frame(SEGMENT_2017)
    stream = b"\x00\xffnoise" + good[:40] + good + b"##9999" + good + encode_frame(SEGMENT_2005)
    parser = FrameParser()
    packets, reasons = [], []
    for i in range(0, len(stream), 7):  # arrives in 7-byte reads
        result = parser.feed(stream[i:i + 7])
        packets += [p.mn for p, _ in result.packets]
        reasons += [e.reason for e in result.errors]
    assert packets == ["440106000000120001", "440106000000120001", "88888880000001"]
    assert "truncated" in reasons and "oversize" in reasons and "garbage" in reasons
    assert parser.pending == 0


def test_split_packet_parts_merge_in_order() -> None:
    base = dict(qn="20261125103000123", st="39", cn="2011", pw="1", mn="MN1", flag=hj212.FLAG_V2017 | hj212.FLAG_SPLIT)
    part2 = decode_frame(hj212.data_frame(**base, groups=[[("LA-Rtd", "60.0")]], part=(2, 2)))
    part1 = decode_frame(hj212.data_frame(**base, groups=[[("DataTime", "20261125103000")], [("a34002-Rtd", "80")]],
                                          part=(1, 2)))
    assert part1.part == (1, 2) and part2.part == (2, 2)
    merged = hj212.merge_parts([part2, part1])
    assert merged.part is None
    assert [m.code for m in hj212.measurements(merged, fallback_time=dt.datetime.now(dt.UTC))] == ["a34002", "LA"]


_key = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=12)
_value = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.-", max_size=12)
_group = st.lists(st.tuples(_key, _value), min_size=1, max_size=4)


@st.composite
def segments(draw: st.DrawFn) -> tuple[list[tuple[str, str]], list[list[tuple[str, str]]]]:
    fields = [("QN", draw(st.text(alphabet="0123456789", min_size=17, max_size=17))), ("ST", "39"),
              ("CN", draw(st.sampled_from(["2011", "2051", "2061", "9014"]))),
              ("PW", draw(st.text(alphabet="abc123", min_size=1, max_size=8))),
              ("MN", draw(st.text(alphabet="0123456789ABCDEF", min_size=1, max_size=24))),
              ("Flag", str(draw(st.integers(0, 15))))]
    return fields, draw(st.lists(_group, max_size=8))


@settings(max_examples=200)
@given(segments())
def test_encode_decode_round_trip(segment: tuple[list[tuple[str, str]], list[list[tuple[str, str]]]]) -> None:
    fields, groups = segment
    packet = decode_frame(encode_frame(hj212.build_segment(fields, groups)))
    assert dict(packet.fields) == dict(fields)
    assert [list(g) for g in packet.groups] == groups


@settings(max_examples=300)
@given(segments(), st.data())
def test_any_single_byte_corruption_is_rejected(segment: tuple, data: st.DataObject) -> None:
    fields, groups = segment
    frame = encode_frame(hj212.build_segment(fields, groups))
    position = data.draw(st.integers(0, len(frame) - 1))
    replacement = data.draw(st.integers(0, 255).filter(lambda b: b != frame[position]))
    crc_field = range(len(frame) - 6, len(frame) - 2)
    if position in crc_field and chr(frame[position]).lower() == chr(replacement).lower():
        replacement = ord("G")  # a case change of a hex digit is the same CRC (compared case-insensitively)
    corrupted = frame[:position] + bytes([replacement]) + frame[position + 1:]
    with pytest.raises(FrameError):
        decode_frame(corrupted)
    assert not FrameParser().feed(corrupted).packets  # the stream parser never yields it either
