; front-end style: locals as allocas (what an O0 code generator typically emits)
declare ptr @my_alloc(i64)
declare void @my_free(ptr)
declare void @use(i64)
define ptr @g(i32 %n) presplitcoroutine {
entry:
  %i = alloca i64, align 8
  %acc = alloca i64, align 8
  %tmp = alloca [4 x i64], align 8      ; only used before the first suspend
  %id = call token @llvm.coro.id(i32 0, ptr null, ptr null, ptr null)
  %size = call i64 @llvm.coro.size.i64()
  %mem = call ptr @my_alloc(i64 %size)
  %hdl = call ptr @llvm.coro.begin(token %id, ptr %mem)
  store i64 0, ptr %tmp
  %t = load i64, ptr %tmp
  call void @use(i64 %t)
  %n64 = sext i32 %n to i64
  store i64 %n64, ptr %i
  store i64 0, ptr %acc
  %s = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s, label %suspend [ i8 0, label %r1  i8 1, label %cleanup ]
r1:
  %a = load i64, ptr %i
  %b = load i64, ptr %acc
  %c = add i64 %a, %b
  store i64 %c, ptr %acc
  %s2 = call i8 @llvm.coro.suspend(token none, i1 false)
  switch i8 %s2, label %suspend [ i8 0, label %r2  i8 1, label %cleanup ]
r2:
  %d = load i64, ptr %acc
  call void @use(i64 %d)
  %sf = call i8 @llvm.coro.suspend(token none, i1 true)
  switch i8 %sf, label %suspend [ i8 0, label %trap  i8 1, label %cleanup ]
trap:
  call void @llvm.trap()
  unreachable
cleanup:
  %m2 = call ptr @llvm.coro.free(token %id, ptr %hdl)
  call void @my_free(ptr %m2)
  br label %suspend
suspend:
  %u = call i1 @llvm.coro.end(ptr %hdl, i1 false, token none)
  ret ptr %hdl
}
declare token @llvm.coro.id(i32, ptr, ptr, ptr)
declare i64 @llvm.coro.size.i64()
declare ptr @llvm.coro.begin(token, ptr)
declare i8 @llvm.coro.suspend(token, i1)
declare i1 @llvm.coro.end(ptr, i1, token)
declare ptr @llvm.coro.free(token, ptr)
declare void @llvm.trap()
