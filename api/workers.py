"""Analysis in a pool of worker processes: as many analyses at once as there are workers, each with a time limit.

Each worker process builds its own :class:`~detector.detector.Detector`, warms it up with one small analysis and
then reports ready; until the first worker is warm the pool reports "not ready" (``/readyz`` answers 503). A
request takes an idle worker (waiting at most ``analysis_timeout_s`` for one), sends it the extracted document
and waits at most ``analysis_timeout_s`` for the answer. A worker that runs over the limit is killed; a worker
that dies (killed, out of memory, a crash in a native library) is noticed on its next use or when its answer
breaks off. Either way the request gets a clear error (504 or 503) and a fresh worker starts in the background,
so the others go on serving and the service stays up.

Routes call :meth:`WorkerPool.analyze` from the thread pool, like the in-process :class:`~api.analysis.SharedDetector`
(same three methods), so the event loop never waits for an analysis.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import sys
import threading
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnProcess
from typing import Any

from api.errors import AnalysisTimeout, ServiceUnavailable
from detector.batch import default_jobs
from detector.detector import Analysis
from detector.document import Document
from detector.settings import Settings

logger = logging.getLogger(__name__)
WARM_UP_TEXT = "Geachte heer Jansen,\n\nBel mij op 06-12345678 of mail j.jansen@example.nl.\n\nMet vriendelijke groet"
_ATTEMPTS = 2
_START_TIMEOUT_S = 600.0  # building a Detector (loading spaCy, the lists, the models) takes seconds, not minutes


class WorkerDied(RuntimeError):
    """The worker process ended before it answered."""


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: multiprocessing.context.SpawnContext, settings: Settings, generation: int) -> None:
        self.conn, child = context.Pipe()
        self.process: SpawnProcess = context.Process(target=serve_worker, args=(child, settings), daemon=True)
        self.process.start()
        child.close()
        self.generation = generation  # models reloaded up to this generation
        self._stop_lock = threading.Lock()  # the pool's shutdown and a start thread may stop it at once

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def wait_ready(self) -> dict[str, object]:
        """Wait for the worker to report its Detector built and warm; its ``info()``."""
        return self._receive(_START_TIMEOUT_S)

    def call(self, kind: str, payload: tuple[Any, ...], timeout: float) -> Any:
        """Send one job and wait at most ``timeout`` seconds for its result (re-raising the worker's error)."""
        try:
            self.conn.send((kind, payload))
        except (BrokenPipeError, ConnectionResetError, EOFError, OSError) as error:
            raise WorkerDied(str(error)) from None
        return self._receive(timeout)

    def _receive(self, timeout: float) -> Any:
        try:
            answered = self.conn.poll(timeout)
            if answered:
                status, value = self.conn.recv()
        except (EOFError, ConnectionResetError, OSError) as error:
            raise WorkerDied(str(error) or "pipe closed") from None
        if not answered:
            raise TimeoutError(f"no answer within {timeout:g} s")
        if status == "error":
            raise value
        return value

    def stop(self) -> None:
        """Kill the process (it may be stuck in native code) and release the pipe; safe to call again, from any
        thread (two threads closing one pipe at once close its file descriptor twice)."""
        with self._stop_lock:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=10)
            self.conn.close()


class WorkerPool:
    """``size`` worker processes (default: one per core) serving ``analyze``, ``reload_models`` and ``info``."""

    def __init__(self, settings: Settings, size: int | None = None, timeout: float | None = None) -> None:
        self.settings = settings
        self.size = size or settings.api_workers or default_jobs()
        self.timeout = timeout or settings.analysis_timeout_s
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._warm = 0
        self._replaced = 0
        self._generation = 0
        self._info: dict[str, object] = {}
        self._closed = False
        for _ in range(self.size):
            self._start_in_background()

    def analyze(self, document: Document, doc_type: str) -> Analysis:
        """Analyse an extracted document in a worker (blocking: routes call it from the thread pool)."""
        result: Analysis = self._call("analyze", (document, doc_type))
        return result

    def reload_models(self) -> list[str]:
        """Reload the models in one worker now (errors surface here), in every other one before its next job."""
        with self._lock:
            self._generation += 1
        names: list[str] = self._call("reload", ())
        return names

    def info(self) -> dict[str, object]:
        """What the workers run (once one is warm) and how many are warm, busy and were replaced."""
        with self._lock:
            workers = {"size": self.size, "warm": self._warm, "busy": self._warm - self._idle.qsize(),
                       "replaced": self._replaced}  # fmt: skip
            return {**(self._info if self._warm else {}), "workers": workers}

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers = list(self._workers)
        for worker in workers:
            worker.stop()

    def _call(self, kind: str, payload: tuple[Any, ...]) -> Any:
        """Run one job in a worker. A worker that dies under it may have been dead already (killed while idle):
        the job gets one more worker; a job that kills that one too gets a 503."""
        for attempt in range(_ATTEMPTS):
            worker = self._checkout()
            generation = self._generation
            try:
                if worker.generation < generation and kind != "reload":
                    worker.call("reload", (), self.timeout)
                    worker.generation = generation
                result = worker.call(kind, payload, self.timeout)
            except TimeoutError:
                self._replace(worker, "ran over the time limit")
                raise AnalysisTimeout(
                    f"de analyse duurde langer dan {self.timeout:g} s (instelling analysis_timeout_s) en is afgebroken"
                ) from None
            except WorkerDied:
                self._replace(worker, "died")
                if attempt + 1 < _ATTEMPTS:
                    continue
                raise ServiceUnavailable("het werkproces van de analyse stopte onverwacht; probeer opnieuw") from None
            except BaseException:
                self._idle.put(worker)  # the worker answered with an error about this input: it is fine
                raise
            if kind == "reload":
                worker.generation = generation
            self._idle.put(worker)
            return result
        raise AssertionError("unreachable")

    def _checkout(self) -> _Worker:
        """An idle, living worker; waits at most the time limit for one."""
        while True:
            try:
                worker = self._idle.get(timeout=self.timeout)
            except queue.Empty:
                raise ServiceUnavailable(
                    f"geen werkproces vrij binnen {self.timeout:g} s (instelling analysis_timeout_s); "
                    "probeer het later opnieuw"
                ) from None
            if worker.process.is_alive():
                return worker
            self._replace(worker, "was found dead")

    def _replace(self, worker: _Worker, why: str) -> None:
        logger.warning("analysis worker %s %s; starting a new one", worker.pid, why)
        with self._lock:
            self._workers.discard(worker)
            self._warm -= 1
            self._replaced += 1
        worker.stop()
        self._start_in_background()

    def _start_in_background(self) -> None:
        threading.Thread(target=self._start_one, name="lakmoes-worker-start", daemon=True).start()

    def _start_one(self) -> None:
        with self._lock:
            if self._closed:
                return
            worker = _Worker(self._context, self.settings, self._generation)
            self._workers.add(worker)
        try:
            info = worker.wait_ready()
        except BaseException as error:  # noqa: BLE001 - a worker that cannot start is logged, never fatal here
            with self._lock:
                self._workers.discard(worker)
                closed = self._closed
            if not closed:
                logger.error("analysis worker %s did not start: %s", worker.pid, error)
            worker.stop()
            return
        with self._lock:
            if self._closed:
                worker.stop()
                return
            self._info = info
            self._warm += 1
        self._idle.put(worker)


def serve_worker(conn: Connection, settings: Settings) -> None:
    """Entry point of a worker process: build and warm a Detector, report ready, then answer jobs until EOF."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(settings.log_level)
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    from detector.detector import Detector
    from detector.process import freeze_built_objects

    try:
        detector = Detector(settings)
        detector.run(WARM_UP_TEXT)
    except Exception as error:  # noqa: BLE001 - reported to the parent, which logs it
        conn.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))
        return
    freeze_built_objects()
    conn.send(("ok", detector.info()))
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if kind == "analyze":
                result: object = detector.analyze_document(*payload)
            elif kind == "reload":
                result = detector.reload_models()
            else:
                raise ValueError(f"unknown job {kind!r}")
        except Exception as error:  # noqa: BLE001 - the parent re-raises it for the request
            conn.send(("error", _picklable(error)))
            continue
        conn.send(("ok", result))


def _picklable(error: Exception) -> Exception:
    """``error`` itself when it survives pickling, else a RuntimeError with its message."""
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any pickling failure
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
