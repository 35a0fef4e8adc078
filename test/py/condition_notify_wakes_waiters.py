# asyncio.Condition: waiters wake in order, one per notify(1), all on notify_all, each
# holding the lock again when it returns.
import asyncio


async def waiter(cond, name, log):
    async with cond:
        await cond.wait()
        log.append(name)


async def main():
    cond = asyncio.Condition()
    log = []
    ts = [asyncio.create_task(waiter(cond, n, log)) for n in ["a", "b", "c", "d"]]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after notify(1):", log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("after notify_all:", log)


asyncio.run(main())
