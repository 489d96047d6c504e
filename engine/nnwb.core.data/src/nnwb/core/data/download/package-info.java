/** Fetching the public datasets into the data cache: the official archives, HTTP with resume, SHA-256 checks, unpacking. */
package nnwb.core.data.download;
