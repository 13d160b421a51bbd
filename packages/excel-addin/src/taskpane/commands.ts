// The ribbon has no function commands, but Office waits for the function file to initialise Office.js before it
// treats the add-in as loaded, so the page still has to call onReady.
if (typeof Office !== 'undefined') void Office.onReady();
