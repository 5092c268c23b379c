"""The register's HTTP API (contract v1, see register/openapi.yaml), as a FastAPI app."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from register.db import RegisterDatabase
from register.faults import RegisterEdge
from register.intake import BatchIntake, IntakeRefusedError
from register.keys import RegisterKeys
from register.masterdata import MasterDataSource
from register.store import RegisterStore, StationInfo, TokenRefusedError
from station.application_number import is_valid_station_code
from station.protect.envelope import SignatureError, verify
from station.sync import contract
from station.sync.contract import ErrorCode

Clock = Callable[[], dt.datetime]

_MESSAGES = {
    ErrorCode.BATCH_INVALID: (
        "Lô hồ sơ bị hỏng hoặc bị thay đổi.",
        "The batch is damaged or altered.",
    ),
    ErrorCode.BATCH_ID_REUSED: (
        "Mã lô đã dùng cho lô khác.",
        "The batch id was used for another batch.",
    ),
    ErrorCode.BATCH_TOO_LARGE: ("Lô hồ sơ quá lớn.", "The batch is too large."),
    ErrorCode.UNKNOWN_STATION: ("Trạm chưa được đăng ký.", "The station is not enrolled."),
    ErrorCode.SIGNATURE_INVALID: (
        "Chữ ký của trạm không hợp lệ.",
        "The station signature is invalid.",
    ),
    ErrorCode.ENROLMENT_TOKEN_INVALID: (
        "Mã đăng ký không hợp lệ.",
        "The enrolment token is invalid.",
    ),
    ErrorCode.NOT_FOUND: ("Không tìm thấy.", "Not found."),
    ErrorCode.STORAGE_FULL: (
        "Cơ quan đăng ký hết dung lượng lưu trữ.",
        "The register's storage is full.",
    ),
}


class ApiError(Exception):
    """An error answer of the contract."""

    def __init__(self, status: int, code: ErrorCode, detail: str = "") -> None:
        super().__init__(detail or code.value)
        self.status = status
        self.code = code


def create_app(
    *,
    db: RegisterDatabase,
    store: RegisterStore,
    intake: BatchIntake,
    keys: RegisterKeys,
    masterdata: MasterDataSource,
    clock: Clock,
    fault_injection: bool = False,
) -> RegisterEdge:
    """The ASGI application: the API wrapped in the server-time and fault layer."""
    api = FastAPI(
        title="Reference register",
        version=contract.API_VERSION,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )

    def answer(doc: dict[str, Any], status: int = 200) -> JSONResponse:
        return JSONResponse({**doc, "server_time": contract.format_time(clock())}, status)

    @api.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        vi, en = _MESSAGES.get(exc.code, ("Lỗi.", "Error."))
        error = {"code": exc.code.value, "message_vi": vi, "message_en": en, "detail": str(exc)}
        return answer({"error": error}, exc.status)

    async def signed_station(request: Request) -> StationInfo:
        body = await request.body()
        return await run_in_threadpool(_verify_request, store, request, body)

    @api.get(contract.PING)
    async def ping() -> JSONResponse:
        return answer({"api_version": contract.API_VERSION})

    @api.get(contract.CA)
    async def ca() -> JSONResponse:
        return answer({"ca_pem": keys.ca_pem})

    @api.post(contract.ENROLMENTS)
    async def enrol(request: Request) -> JSONResponse:
        try:
            doc = await request.json()
            token = str(doc["token"])
            secret = token.split("-")[1]
            code = str(doc["station_code"])
            signing = base64.b64decode(doc["signing_public"], validate=True)
            exchange = base64.b64decode(doc["exchange_public"], validate=True)
            Ed25519PublicKey.from_public_bytes(signing)
            if len(exchange) != 32 or not is_valid_station_code(code):
                raise ValueError("keys or station code")
        except (KeyError, IndexError, TypeError, ValueError, binascii.Error):
            raise ApiError(400, ErrorCode.ENROLMENT_TOKEN_INVALID, "malformed request") from None
        try:
            station_id = await run_in_threadpool(store.enrol, secret, code, signing, exchange)
        except TokenRefusedError as exc:
            raise ApiError(403, ErrorCode.ENROLMENT_TOKEN_INVALID, str(exc)) from None
        return answer(
            {
                "station_id": station_id,
                "station_code": code,
                "register_exchange_public": base64.b64encode(keys.exchange_public()).decode(),
                "register_signing_public": base64.b64encode(keys.signing_public()).decode(),
                "ca_pem": keys.ca_pem,
            },
            201,
        )

    @api.post(contract.BATCHES + "/{batch_id}")
    async def upload(batch_id: str, request: Request) -> JSONResponse:
        length = int(request.headers.get("content-length") or 0)
        if length > contract.MAX_BATCH_BYTES:
            raise ApiError(413, ErrorCode.BATCH_TOO_LARGE)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > contract.MAX_BATCH_BYTES:
                raise ApiError(413, ErrorCode.BATCH_TOO_LARGE)
            chunks.append(chunk)
        try:
            result = await run_in_threadpool(intake.take, b"".join(chunks), "upload", batch_id)
        except IntakeRefusedError as exc:
            raise ApiError(exc.status, exc.code, exc.detail) from None
        except Exception as exc:
            if _is_storage_full(exc):
                raise ApiError(507, ErrorCode.STORAGE_FULL) from None
            raise
        return answer(
            {
                "batch_id": result.batch_id,
                "replayed": result.replayed,
                "receipts": [asdict(r) for r in result.receipts],
            }
        )

    @api.get(contract.STATUS)
    async def status(request: Request, cursor: int = 0, limit: int = 500) -> JSONResponse:
        station = await signed_station(request)
        limit = max(1, min(limit, contract.STATUS_PAGE_LIMIT))
        rows, next_cursor, more = await run_in_threadpool(
            store.status_page, station.station_id, max(0, cursor), limit
        )
        events = [
            {
                "seq": r.seq,
                "application_id": r.application_id,
                "application_number": r.application_number,
                "status": r.status,
                "reason_code": r.reason_code,
                "reason_text": r.reason_text,
                "at": contract.format_time(r.at),
            }
            for r in rows
        ]
        return answer({"events": events, "next_cursor": next_cursor, "more": more})

    @api.get(contract.MASTER_DATA)
    async def master_data(request: Request) -> JSONResponse:
        await signed_station(request)
        files = await run_in_threadpool(masterdata.files)
        listed = [
            {"name": f.name, "kind": f.kind, "sha256": f.sha256, "size": f.size} for f in files
        ]
        return answer({"version": masterdata.version(files), "files": listed})

    @api.get(contract.MASTER_DATA + "/files/{name}")
    async def master_data_file(name: str, request: Request) -> Response:
        await signed_station(request)
        offered = await run_in_threadpool(masterdata.find, name)
        if offered is None:
            raise ApiError(404, ErrorCode.NOT_FOUND)
        data = await run_in_threadpool(offered.path.read_bytes)
        return Response(data, media_type="application/octet-stream")

    return RegisterEdge(api, db, clock, fault_injection)


def _verify_request(store: RegisterStore, request: Request, body: bytes) -> StationInfo:
    station_id = request.headers.get(contract.STATION_ID_HEADER, "")
    station_time = request.headers.get(contract.STATION_TIME_HEADER, "")
    signature_text = request.headers.get(contract.STATION_SIGNATURE_HEADER, "")
    station = store.station(station_id) if station_id else None
    if station is None:
        raise ApiError(403, ErrorCode.UNKNOWN_STATION)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    message = contract.request_message(request.method, target, station_time, body)
    try:
        signature = base64.b64decode(signature_text, validate=True)
        key = Ed25519PublicKey.from_public_bytes(station.signing_public)
        verify(key, signature, contract.REQUEST_SIGNING_CONTEXT, message)
    except (ValueError, binascii.Error, SignatureError):
        raise ApiError(401, ErrorCode.SIGNATURE_INVALID) from None
    return station


def _is_storage_full(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database or disk is full" in text or "no space left" in text
