# asyncio.Semaphore(2): at most two tasks inside at once; BoundedSemaphore refuses an
# extra release.
import asyncio

inside = 0
most = 0


async def job(sem, i):
    global inside, most
    async with sem:
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.001)
        inside -= 1
    return i * i


async def main():
    sem = asyncio.Semaphore(2)
    rs = await asyncio.gather(*(job(sem, i) for i in range(6)))
    print("[" + " ".join(map(str, rs)) + "]")  # (as Go prints a slice)
    print("most inside at once:", most)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("extra release: asyncio:", e)  # (csp: a panic, Go-style text)


asyncio.run(main())
