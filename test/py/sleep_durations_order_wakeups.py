# Tasks sleeping different durations wake in deadline order.
import asyncio


async def nap(name, ms):
    await asyncio.sleep(ms / 1000)
    print(name, "woke")
    return ms


async def main():
    ts = [asyncio.create_task(nap(n, ms)) for n, ms in [("c", 60), ("a", 20), ("b", 40)]]
    total = 0
    for t in ts:
        total += await t
    print("total", total)


asyncio.run(main())
