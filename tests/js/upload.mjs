// tus-js-client (an independent tus 1.0 client) uploading a file to the reference portal, in two
// runs like a participant's browser: "break" stops half-way, mid-request, keeping the upload URL in
// a URL storage file; "resume" finds that URL there, asks the portal where it stopped and sends the
// rest. Prints one JSON line.
//   node upload.mjs ENDPOINT TOKEN FILE STORAGE break|resume METADATA_JSON
import fs from 'node:fs'
import * as tus from 'tus-js-client'

const [endpoint, token, file, storage, mode, metadata] = process.argv.slice(2)
const size = fs.statSync(file).size
let resumedFrom = null

const upload = new tus.Upload(fs.createReadStream(file), {
  endpoint,
  headers: { Authorization: `Bearer ${token}` },
  metadata: JSON.parse(metadata),
  uploadSize: size,
  chunkSize: 64 * 1024,
  retryDelays: [],
  urlStorage: new tus.FileUrlStorage(storage),
  storeFingerprintForResuming: true,
  removeFingerprintOnSuccess: false,
  onAfterResponse (req, res) {
    if (req.getMethod() === 'HEAD') resumedFrom = Number(res.getHeader('Upload-Offset'))
  },
  onProgress (sent) {
    if (mode === 'break' && sent >= size / 2) {
      upload.abort(false).then(() => {
        console.log(JSON.stringify({ url: upload.url, sent }))
        process.exit(0)
      })
    }
  },
  onError (error) {
    console.error(String(error))
    process.exit(2)
  },
  onSuccess () {
    console.log(JSON.stringify({ url: upload.url, resumed_from: resumedFrom }))
  }
})

if (mode === 'resume') {
  const previous = await upload.findPreviousUploads()
  if (previous.length === 0) {
    console.error('no stored upload URL to resume')
    process.exit(3)
  }
  upload.resumeFromPreviousUpload(previous[0])
}
upload.start()
