# asyncio.Lock: tasks take the lock in the order they asked for it; a critical section
# that awaits keeps the others out.
import asyncio


async def worker(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(worker(lock, n, log) for n in ["a", "b", "c"]))
    print(" ".join(log))
    print("locked:", "true" if lock.locked() else "false")
    try:
        lock.release()
    except RuntimeError as e:
        print("release of an unlocked lock: asyncio:", str(e).rstrip("."))  # (csp: a panic, Go-style text)


asyncio.run(main())
