# Cancelling one task waiting on an Event wakes only that one (with CancelledError); the
# others still wait for set().
import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "saw the event")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("set")
    ev.set()
    await asyncio.gather(*ts, return_exceptions=True)
    print([("cancelled" if t.cancelled() else "done") for t in ts])


asyncio.run(main())
