// @tus/server (an independent tus 1.0 server) with a file store, on a free port of 127.0.0.1 and
// the portal's upload path, so the app's own tus client can be tested against it. Prints
// {"port": N} once listening.
//   node server.mjs DIRECTORY
import http from 'node:http'
import { Server } from '@tus/server'
import { FileStore } from '@tus/file-store'

const tusServer = new Server({ path: '/api/v1/uploads', datastore: new FileStore({ directory: process.argv[2] }) })
const server = http.createServer((req, res) => tusServer.handle(req, res))
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
