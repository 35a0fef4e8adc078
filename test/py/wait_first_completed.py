# asyncio.wait: FIRST_COMPLETED returns as soon as one task ends, the rest still pending;
# ALL_COMPLETED waits for every one.
import asyncio


async def job(name, d):
    await asyncio.sleep(d)
    return name


async def main():
    ts = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.2), ("fast", 0.001), ("mid", 0.1)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done:", "[" + " ".join(repr(t.result()) for t in ts if t in done) + "]", "pending:", len(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    print("done:", len(done), "pending:", len(pending))
    for t in ts:
        print(t.result())


asyncio.run(main())
