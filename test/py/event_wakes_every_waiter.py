# An Event wakes every waiting task in the order they began waiting; a set event does not block.
import asyncio


async def waiter(name, ev):
    print(name, "waits")
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0)
    print("is set:", str(ev.is_set()).lower())
    ev.set()
    print("set")
    for t in ts:
        await t
    await ev.wait()
    print("wait on a set event returns at once")
    ev.clear()
    print("is set:", str(ev.is_set()).lower())
    t = asyncio.create_task(waiter("d", ev))
    await asyncio.sleep(0)
    ev.set()
    await t


asyncio.run(main())
